"""The Renderer: a Jinja environment compiled once per build, plus the catalog and clock.

Views (macros/views/) choose the records; templates (macros/templates/) lay them
out. No file or network access happens here beyond Jinja loading templates.
Every `{{ expression }}` in a template is escaped for HTML and Markdown (see
escape.py) unless a helper below marked it as Markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import formatting, freshness, links
from .catalog import Catalog
from .escape import escape_attribute, escape_text, finalize
from .models import Stat

TEMPLATES = Path(__file__).parent / "templates"


def _join(items: Iterable[object], separator: str = ", ") -> Markup:
    """`join` that escapes each item like any other expression."""
    return Markup(escape_text(separator)).join(escape_text(i) for i in items)


class Renderer:
    def __init__(self, catalog: Catalog, today: dt.date):
        self.catalog = catalog
        self.today = today
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=True,
            finalize=finalize,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(
            join=_join,
            e=escape_text,
            escape=escape_text,
            attr=escape_attribute,
            figure=formatting.figure,
            figure_with_unit=formatting.figure_with_unit,
            spread_value=formatting.spread_value,
            money=formatting.money,
            country=formatting.country,
            where=formatting.where,
            currency=formatting.currency,
            long_date=formatting.long_date,
            capitalize_first=formatting.capitalize_first,
            words=formatting.words,
            lower_first=formatting.lower_first,
            cadence=formatting.cadence,
            hours=formatting.hours,
        )

    def render(self, template: str, here: str, **context: object) -> Markup:
        """Render `template` for the page whose src path is `here`."""

        def link(kind: str, record: object) -> Markup:
            return links.relative(here, links.target(kind, record))

        def page(docs_path: str) -> Markup:
            return links.relative(here, docs_path)

        return Markup(self.env.get_template(template).render(link=link, page=page, here=here, **context))

    def outdated(self, stat: Stat) -> bool:
        """Due for a refresh: its source should have published again, and the handbook holds no newer record."""
        if self.catalog.successor(stat) is not None:
            return False
        return freshness.is_outdated(stat, self.catalog.source(stat.source), self.today)

    def due(self, stat: Stat) -> dt.date | None:
        return freshness.next_release(stat, self.catalog.source(stat.source))
