"""Catalog -> Markdown through Jinja templates. No file or network access here.

One Renderer is made per build; its Jinja environment compiles each template
once and keeps it. Every `{{ expression }}` in a template is escaped for HTML
and Markdown (see escape.py) unless a helper below marked it as Markup.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import formatting, freshness, links
from .catalog import Catalog
from .escape import escape_attribute, escape_text, finalize
from .models import Stat

TEMPLATES = Path(__file__).parent / "templates"


def _join(items: object, separator: str = ", ") -> Markup:
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
            attr=escape_attribute,
            escape=escape_text,
            figure=formatting.figure,
            figure_with_unit=formatting.figure_with_unit,
            spread_value=formatting.spread_value,
            long_date=formatting.long_date,
            capitalize_first=formatting.capitalize_first,
        )
        self.env.globals.update(source_of=self.catalog.source, outdated=self._outdated, due=self._due)

    def render(self, template: str, here: str, **context: object) -> Markup:
        """Render `template` for the page whose src path is `here`."""

        def link(kind: str, record: object) -> Markup:
            return links.relative(here, links.target(kind, record))

        page = self.env.get_template(template).render(link=link, here=here, **context)
        return Markup(page)

    def _outdated(self, stat: Stat) -> bool:
        return freshness.is_outdated(stat, self.catalog.source(stat.source), self.today)

    def _due(self, stat: Stat) -> dt.date | None:
        return freshness.next_release(stat, self.catalog.source(stat.source))

    # --- roles -----------------------------------------------------------------

    def role_card(self, here: str, role_id: str) -> Markup:
        role = self.catalog.role(role_id)
        pay = [s for s in self.catalog.stats_for_role(role_id) if s.unit == "usd-per-year"]
        return self.render(
            "role_card.md.j2",
            here,
            role=role,
            languages=[self.catalog.language(i) for i in role.languages],
            pay=pay[0] if pay else None,
            on_own_page=here == links.target("roles", role),
        )

    def role_grid(self, here: str) -> Markup:
        return self.render("role_grid.md.j2", here, roles=self.catalog.all("roles"))

    def role_skills(self, here: str, role_id: str) -> Markup:
        role = self.catalog.role(role_id)
        return self.render(
            "role_skills.md.j2",
            here,
            role=role,
            core=[self.catalog.skill(i) for i in role.skills],
            nice=[self.catalog.skill(i) for i in role.nice_to_have],
        )

    def role_responsibilities(self, here: str, role_id: str) -> Markup:
        return self.render("role_responsibilities.md.j2", here, role=self.catalog.role(role_id))

    def related_roles(self, here: str, role_id: str) -> Markup:
        role = self.catalog.role(role_id)
        return self.render("related_roles.md.j2", here, roles=[self.catalog.role(i) for i in role.related])

    def role_languages(self, here: str, role_id: str) -> Markup:
        role = self.catalog.role(role_id)
        return self.render(
            "role_languages.md.j2",
            here,
            role=role,
            languages=[self.catalog.language(i) for i in role.languages],
            frameworks=[self.catalog.framework(i) for i in role.frameworks],
        )

    def role_stats(self, here: str, role_id: str) -> Markup:
        return self.render("stats.md.j2", here, stats=self.catalog.stats_for_role(role_id))

    def compare_roles(self, here: str, role_ids: list[str]) -> Markup:
        roles = [self.catalog.role(i) for i in role_ids]
        return self.render(
            "compare_roles.md.j2",
            here,
            roles=roles,
            language_names={r.id: [self.catalog.language(i) for i in r.languages] for r in roles},
            skills={r.id: [self.catalog.skill(i) for i in r.skills] for r in roles},
            pay={r.id: [s for s in self.catalog.stats_for_role(r.id) if s.unit == "usd-per-year"] for r in roles},
        )

    # --- statistics ------------------------------------------------------------

    def stat_block(self, here: str, stat_id: str) -> Markup:
        return self.render("stats.md.j2", here, stats=[self.catalog.stat(stat_id)])

    def stat_inline(self, here: str, stat_id: str) -> Markup:
        stat = self.catalog.stat(stat_id)
        return self.render("stat_inline.md.j2", here, stat=stat).strip()

    def sources_list(self, here: str) -> Markup:
        stats = self.catalog.all("stats")
        return self.render(
            "sources.md.j2",
            here,
            sources=self.catalog.all("sources"),
            used_by={s.id: [t for t in stats if s.id in (t.source, t.via)] for s in self.catalog.all("sources")},
        )

    # --- skills and languages --------------------------------------------------

    def skill_group(self, here: str, group_id: str) -> Markup:
        skills = self.catalog.skills_in_group(group_id)
        return self.render(
            "skill_group.md.j2",
            here,
            skills=skills,
            roles_using={s.id: self.catalog.roles_using_skill(s.id) for s in skills},
        )

    def language_table(self, here: str) -> Markup:
        languages = self.catalog.all("languages")
        return self.render(
            "language_table.md.j2",
            here,
            languages=languages,
            roles={lang.id: [self.catalog.role(r) for r in lang.roles] for lang in languages},
            frameworks={lang.id: self.catalog.frameworks_for_language(lang.id) for lang in languages},
        )

    def framework_table(self, here: str) -> Markup:
        frameworks = self.catalog.all("frameworks")
        return self.render(
            "framework_table.md.j2",
            here,
            frameworks=frameworks,
            languages={f.id: [self.catalog.language(i) for i in f.languages] for f in frameworks},
            roles={f.id: [self.catalog.role(i) for i in f.roles] for f in frameworks},
        )
