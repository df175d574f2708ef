"""Statistics and their sources."""

from __future__ import annotations

from markupsafe import Markup

from .. import links
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


def open_data_files(r: Renderer, here: str, page_url: str) -> Markup:
    """Links from the page (by its URL in the built site) to the published JSON files."""
    from ..publish import OPEN_DATA_DIR

    base = links.site_relative(page_url, OPEN_DATA_DIR)
    files = [(name.removesuffix(".yml"), root) for name, root in r.catalog.files.items()]
    return r.render("open_data.md.j2", here, base=base, files=files)


def outdated(r: Renderer) -> list:
    """(stat, source, due date) for every figure whose source should have published a newer edition."""
    return [(stat, r.catalog.source(stat.source), r.due(stat)) for stat in r.catalog.all("stats") if r.outdated(stat)]


def outdated_figures(r: Renderer, here: str) -> Markup:
    return r.render("outdated.md.j2", here, rows=outdated(r), today=r.today)
