"""Project briefs and the courses behind the time estimates: the catalogue pages of the roadmaps."""

from __future__ import annotations

from markupsafe import Markup

from ..render import Renderer

LEVELS = ("beginner", "intermediate", "advanced")


def project_list(r: Renderer, here: str) -> Markup:
    """Every brief, grouped by the role it is written for, beginner first."""
    projects = r.catalog.all("projects")
    roles = r.catalog.all("roles")
    groups = []
    for role in roles:
        own = [p for p in projects if p.roles[0] == role.id]
        own.sort(key=lambda p: LEVELS.index(p.level))
        groups.append((role, own))
    role_of = {role.id: role for role in roles}
    return r.render(
        "projects.md.j2",
        here,
        groups=groups,
        roles=roles,
        levels=LEVELS,
        project_roles={p.id: [role_of[i] for i in p.roles] for p in projects},
        skills={p.id: [r.catalog.skill(i) for i in p.skills] for p in projects},
        stages={p.id: [s for s in r.catalog.all("stages") if p.id in s.projects] for p in projects},
        total=len(projects),
    )


def course_table(r: Renderer, here: str) -> Markup:
    """Every course whose stated hours a roadmap rests on, with where it was read and what uses it."""
    courses = r.catalog.all("courses")
    stages = r.catalog.all("stages")
    return r.render(
        "courses.md.j2",
        here,
        courses=courses,
        used_by={c.id: [s for s in stages if c.id in s.effort.basis] for c in courses},
        programme_for={c.id: [r.catalog.role(i) for i in c.programme_for] for c in courses},
        skills={c.id: [r.catalog.skill(i) for i in c.skills] for c in courses},
        first_hand=sum(1 for c in courses if c.access == "first-hand"),
    )


def skill_projects(r: Renderer, skill_id: str) -> list:
    """The briefs that practise a skill, beginner first (for the skill catalogue)."""
    found = [p for p in r.catalog.all("projects") if skill_id in p.skills]
    return sorted(found, key=lambda p: LEVELS.index(p.level))
