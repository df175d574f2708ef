"""Careers: paths into the field, certifications, the ladder, lateral moves."""

from __future__ import annotations

from markupsafe import Markup

from ..render import Renderer


def certification_table(r: Renderer, here: str, role_id: str | None = None) -> Markup:
    certifications = r.catalog.all("certifications")
    if role_id is not None:
        r.catalog.role(role_id)
        certifications = [c for c in certifications if role_id in c.roles]
    return r.render(
        "certifications.md.j2",
        here,
        certifications=certifications,
        roles={c.id: [r.catalog.role(i) for i in c.roles] for c in certifications},
    )


def ladder(r: Renderer, here: str, track: str | None = None) -> Markup:
    levels = [x for x in r.catalog.all("levels") if track in (None, x.track)]
    next_levels = {x.id: [r.catalog.get("levels", i) for i in x.next] for x in levels}
    return r.render("ladder.md.j2", here, levels=levels, next_levels=next_levels)


def lateral_moves(r: Renderer, here: str, role_id: str | None = None) -> Markup:
    moves = [m for m in r.catalog.all("moves") if role_id in (None, m.from_role, m.to_role)]
    rows = [
        (m, r.catalog.role(m.from_role), r.catalog.role(m.to_role), [r.catalog.skill(i) for i in m.to_learn])
        for m in moves
    ]
    return r.render("moves.md.j2", here, moves=rows)


def paths_table(r: Renderer, here: str) -> Markup:
    return r.render("paths.md.j2", here, paths=r.catalog.all("paths"))
