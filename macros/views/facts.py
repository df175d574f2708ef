"""Statistics and their sources."""

from __future__ import annotations

from markupsafe import Markup

from ..render import Renderer


def stat_block(r: Renderer, here: str, stat_id: str) -> Markup:
    return r.render("stats.md.j2", here, stats=[r.catalog.stat(stat_id)])


def stat_inline(r: Renderer, here: str, stat_id: str) -> Markup:
    return r.render("stat_inline.md.j2", here, stat=r.catalog.stat(stat_id)).strip()


def sources_list(r: Renderer, here: str) -> Markup:
    stats = r.catalog.all("stats")
    sources = r.catalog.all("sources")
    return r.render(
        "sources.md.j2",
        here,
        sources=sources,
        used_by={s.id: [t for t in stats if s.id in (t.source, t.via)] for s in sources},
    )
