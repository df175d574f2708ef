"""Roles: cards, grids, skills, languages, comparisons."""

from __future__ import annotations

from markupsafe import Markup

from .. import formatting, links
from ..models import PAY_UNITS
from ..render import Renderer
from .figures import Figure, figure, figures
from .world import survey_pay


def _headline(r: Renderer, stat_id: str | None) -> Figure | None:
    """A role's headline figure (chosen in roles.yml), or None."""
    return figure(r, r.catalog.stat(stat_id)) if stat_id else None


def role_card(r: Renderer, here: str, role_id: str) -> Markup:
    role = r.catalog.role(role_id)
    return r.render(
        "role_card.md.j2",
        here,
        role=role,
        languages=[r.catalog.language(i) for i in role.languages],
        pay=_headline(r, role.pay),
        on_own_page=here == links.target("roles", role),
    )


def role_grid(r: Renderer, here: str) -> Markup:
    return r.render("role_grid.md.j2", here, roles=r.catalog.all("roles"))


def role_skills(r: Renderer, here: str, role_id: str) -> Markup:
    role = r.catalog.role(role_id)
    core = [r.catalog.skill(i) for i in role.skills]
    nice = [r.catalog.skill(i) for i in role.nice_to_have]
    return r.render("role_skills.md.j2", here, role=role, core=core, nice=nice)


def role_responsibilities(r: Renderer, here: str, role_id: str) -> Markup:
    return r.render("role_responsibilities.md.j2", here, role=r.catalog.role(role_id))


def related_roles(r: Renderer, here: str, role_id: str) -> Markup:
    role = r.catalog.role(role_id)
    return r.render("related_roles.md.j2", here, roles=[r.catalog.role(i) for i in role.related])


def role_languages(r: Renderer, here: str, role_id: str) -> Markup:
    role = r.catalog.role(role_id)
    return r.render(
        "role_languages.md.j2",
        here,
        role=role,
        languages=[r.catalog.language(i) for i in role.languages],
        frameworks=[r.catalog.framework(i) for i in role.frameworks],
    )


def role_stats(r: Renderer, here: str, role_id: str) -> Markup:
    """The role's current figures: the United States and worldwide ones as blocks, other countries in a table."""
    stats = r.catalog.current(r.catalog.stats_for_role(role_id))
    home = sorted(
        (s for s in stats if s.country in ("US", "world")),
        # pay before other figures, official before self-reported, the United States before worldwide
        key=lambda s: (s.unit not in PAY_UNITS, r.catalog.source(s.source).kind != "government-statistics", s.country),
    )
    # one figure per other country (the first recorded); the pay page abroad has them all
    firsts = {s.country: s for s in reversed([s for s in stats if s not in home])}
    abroad = sorted(firsts.values(), key=lambda s: formatting.country(s.country))
    return r.render(
        "role_stats.md.j2", here, figures=figures(r, home), abroad=figures(r, abroad), role=r.catalog.role(role_id)
    )


def compare_roles(r: Renderer, here: str, role_ids: list[str] | None = None) -> Markup:
    roles = [r.catalog.role(i) for i in role_ids] if role_ids else r.catalog.all("roles")
    return r.render(
        "compare_roles.md.j2",
        here,
        roles=roles,
        picker=not role_ids,
        language_names={x.id: [r.catalog.language(i) for i in x.languages] for x in roles},
        skills={x.id: [r.catalog.skill(i) for i in x.skills] for x in roles},
        pay={x.id: _headline(r, x.pay) for x in roles},
        outlook={x.id: _headline(r, x.outlook) for x in roles},
        survey={x.id: figures(r, survey_pay(r, x.id)) for x in roles},
    )


def role_checklist(r: Renderer, here: str, role_id: str) -> Markup:
    role = r.catalog.role(role_id)
    core = [r.catalog.skill(i) for i in role.skills]
    nice = [r.catalog.skill(i) for i in role.nice_to_have]
    return r.render("checklist.md.j2", here, role=role, core=core, nice=nice)
