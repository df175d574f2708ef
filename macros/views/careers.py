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
    return r.render("ladder.md.j2", here, levels=levels, get_level=lambda i: r.catalog.get("levels", i))


def lateral_moves(r: Renderer, here: str, role_id: str | None = None) -> Markup:
    moves = [m for m in r.catalog.all("moves") if role_id in (None, m.from_role, m.to_role)]
    return r.render(
        "moves.md.j2",
        here,
        moves=moves,
        role=r.catalog.role,
        skill=r.catalog.skill,
    )


def paths_table(r: Renderer, here: str) -> Markup:
    return r.render("paths.md.j2", here, paths=r.catalog.all("paths"))
