"""Statistics and their sources."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from .. import links
from ..datafiles import BY_NAME, OPEN_DATA_DIR
from ..models import Source, Stat
from ..render import Renderer
from .figures import figure


def stat_block(r: Renderer, here: str, stat_id: str) -> Markup:
    return r.render("stats.md.j2", here, figures=[figure(r, r.catalog.stat(stat_id))])


def stat_inline(r: Renderer, here: str, stat_id: str) -> Markup:
    return r.render("stat_inline.md.j2", here, fig=figure(r, r.catalog.stat(stat_id))).strip()


def sources_list(r: Renderer, here: str) -> Markup:
    stats = r.catalog.all("stats")
    sources = r.catalog.all("sources")
    return r.render(
        "sources.md.j2",
        here,
        sources=sources,
        used_by={s.id: [t for t in stats if s.id == t.source or s.id in t.vias] for s in sources},
    )


def open_data_files(r: Renderer, here: str, page_url: str) -> Markup:
    """Links from the page (by its URL in the built site) to the published JSON files."""
    base = links.site_relative(page_url, OPEN_DATA_DIR)
    files = [(BY_NAME[name], root) for name, root in r.catalog.roots().items()]
    return r.render("open_data.md.j2", here, base=base, files=files)


def outdated(r: Renderer) -> list[tuple[Stat, Source, dt.date]]:
    """(stat, source, due date) for every figure whose source should have published a newer edition."""
    rows = []
    for stat in r.catalog.all("stats"):
        due = r.due(stat)
        if due is not None and r.outdated(stat):
            rows.append((stat, r.catalog.source(stat.source), due))
    return rows


def undated(r: Renderer) -> list[tuple[Stat, Source]]:
    """Current figures whose source publishes on a schedule but whose release day is unknown: never flagged."""
    stats = r.catalog.current(r.catalog.all("stats"))
    return [(s, r.catalog.source(s.source)) for s in stats if s.undated_because]


def outdated_figures(r: Renderer, here: str) -> Markup:
    return r.render("outdated.md.j2", here, rows=outdated(r), undated=undated(r), today=r.today)
