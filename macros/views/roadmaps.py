"""A role's roadmap: its stages in order, each with skills, prerequisites, projects and sourced hours,
and a build-time SVG diagram of the stages and their prerequisites.

The ordered list is the content (screen readers, print and search read it); the diagram shows the
same stages and arrows, with a title and a description in words, and points to the list.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from markupsafe import Markup

from ..models import Course, Project, Role, Skill, Stage
from ..render import Renderer

WIDTH = 360  # the charts' narrow viewBox: text stays readable on a phone
ROW = 82  # height of one row of the diagram
BOX_HEIGHT = 58
MAX_LINES = 3
GAP = 10
LINE = 14
CHARS_PER_PX = 7.0  # a rough width of one character at the diagram's font size (12px)


@dataclass(frozen=True)
class StageView:
    number: int
    stage: Stage
    skills: list[Skill]
    assumes: list[Skill]
    after: list[tuple[int, Stage]]
    projects: list[Project]
    basis: list[Course]


@dataclass(frozen=True)
class Node:
    number: int
    stage: Stage
    x: float
    y: float
    width: float
    lines: list[str]


@dataclass(frozen=True)
class Edge:
    path: str


def stage_views(r: Renderer, role_id: str) -> list[StageView]:
    stages = [s for s in r.catalog.all("stages") if s.role == role_id]
    number = {s.id: n for n, s in enumerate(stages, 1)}
    return [
        StageView(
            number=number[s.id],
            stage=s,
            skills=[r.catalog.skill(i) for i in s.skills],
            assumes=[r.catalog.skill(i) for i in s.assumes],
            after=[(number[i], r.catalog.stage(i)) for i in s.after],
            projects=[r.catalog.project(i) for i in s.projects],
            basis=[r.catalog.course(i) for i in s.effort.basis],
        )
        for s in stages
    ]


def levels(stages: list[Stage]) -> dict[str, int]:
    """Each stage's row: one below the lowest of its prerequisites (stages with none start on row 0)."""
    level: dict[str, int] = {}
    for stage in stages:  # prerequisites come earlier in the list (a rule checks there are no cycles)
        level[stage.id] = 1 + max((level.get(a, 0) for a in stage.after), default=-1)
    return level


def layout(stages: list[Stage]) -> tuple[list[Node], list[Edge], int]:
    """Boxes in rows by prerequisite depth, side by side within a row, and an arrow per prerequisite."""
    level = levels(stages)
    rows: dict[int, list[Stage]] = {}
    for stage in stages:
        rows.setdefault(level[stage.id], []).append(stage)
    nodes: dict[str, Node] = {}
    number = {s.id: n for n, s in enumerate(stages, 1)}
    for row, members in sorted(rows.items()):
        width = (WIDTH - GAP * (len(members) - 1)) / len(members)
        for index, stage in enumerate(members):
            chars = max(int((width - 12) / CHARS_PER_PX), 8)
            lines = textwrap.wrap(f"{number[stage.id]}. {stage.name}", chars)
            if len(lines) > MAX_LINES:
                lines = [*lines[: MAX_LINES - 1], " ".join(lines[MAX_LINES - 1 :])[: chars - 1] + "…"]
            x = round(index * (width + GAP), 1)
            nodes[stage.id] = Node(number[stage.id], stage, x, row * ROW + 4, round(width, 1), lines)
    edges = []
    for stage in stages:
        to = nodes[stage.id]
        for before in stage.after:
            start = nodes[before]
            x1, y1 = start.x + start.width / 2, start.y + BOX_HEIGHT
            x2, y2 = to.x + to.width / 2, to.y - 2
            middle = (y1 + y2) / 2
            edges.append(Edge(f"M{x1:.1f} {y1:.1f} C{x1:.1f} {middle:.1f} {x2:.1f} {middle:.1f} {x2:.1f} {y2:.1f}"))
    height = (max(level.values()) + 1) * ROW if level else ROW
    return list(nodes.values()), edges, int(height)


def describe(role: Role, views: list[StageView]) -> str:
    """The diagram in words: the order and every prerequisite."""
    parts = []
    for view in views:
        if view.after:
            before = " and ".join(f"{n} ({s.name})" for n, s in view.after)
            word = "stages" if len(view.after) > 1 else "stage"
            parts.append(f"stage {view.number}, {view.stage.name}, comes after {word} {before}")
        else:
            parts.append(f"stage {view.number}, {view.stage.name}, needs no earlier stage")
    return f"{len(views)} stages of the {role.name.lower()} roadmap: " + "; ".join(parts) + "."


def diagram(r: Renderer, here: str, role: Role, views: list[StageView]) -> Markup:
    nodes, edges, height = layout([v.stage for v in views])
    return r.render(
        "roadmap_diagram.svg.j2",
        here,
        role=role,
        nodes=nodes,
        edges=edges,
        width=WIDTH,
        height=height,
        box_height=BOX_HEIGHT,
        line=LINE,
        description=describe(role, views),
    )


def role_roadmap(r: Renderer, here: str, role_id: str) -> Markup:
    role = r.catalog.role(role_id)
    views = stage_views(r, role_id)
    programmes = [c for c in r.catalog.all("courses") if role_id in c.programme_for]
    return r.render(
        "roadmap.md.j2",
        here,
        role=role,
        stages=views,
        diagram=diagram(r, here, role, views),
        low=sum(v.stage.effort.low for v in views),
        high=sum(v.stage.effort.high for v in views),
        programmes=programmes,
    )


def roadmap_overview(r: Renderer, here: str) -> Markup:
    rows = []
    for role in r.catalog.all("roles"):
        stages = [s for s in r.catalog.all("stages") if s.role == role.id]
        rows.append((role, stages, sum(s.effort.low for s in stages), sum(s.effort.high for s in stages)))
    return r.render("roadmap_overview.md.j2", here, rows=rows)
