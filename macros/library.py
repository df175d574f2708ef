"""The macros authors call from Markdown. Docstrings here are user documentation.

Each docstring starts with one line saying what the macro shows, then
`Arguments:` and `Example:` sections; `macro_reference()` turns them into the
authors' reference page, so keep them accurate.
"""

from __future__ import annotations

import functools
import inspect
import posixpath
from collections.abc import Callable

from markupsafe import Markup

from . import links
from .escape import escape_text
from .problems import MacroUsageError
from .render import Renderer
from .views import careers, catalogue, charts, facts
from .views import roles as role_views


class Macros:
    """Binds the renderer to the page being built. Public methods are the macros."""

    def __init__(
        self,
        renderer: Renderer,
        current_page: Callable[[], str],
        current_url: Callable[[], str] = str,
        directory_urls: bool = True,
    ):
        self._r = renderer
        self._here = current_page
        self._url = current_url
        self._directory_urls = directory_urls

    def role_card(self, role: str) -> Markup:
        """A role at a glance: summary, other titles, main languages, and a sourced pay figure.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_card("backend") }}
        """
        return role_views.role_card(self._r, self._here(), role)

    def role_grid(self) -> Markup:
        """Cards for every role in `data/roles.yml`, each linking to its page.

        Example:
            {{ role_grid() }}
        """
        return role_views.role_grid(self._r, self._here())

    def role_skills(self, role: str) -> Markup:
        """A role's skill matrix: each core skill at junior, mid and senior level, then nice-to-haves.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_skills("frontend") }}
        """
        return role_views.role_skills(self._r, self._here(), role)

    def role_responsibilities(self, role: str) -> Markup:
        """A role's main responsibilities as a bulleted list.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_responsibilities("backend") }}
        """
        return role_views.role_responsibilities(self._r, self._here(), role)

    def related_roles(self, role: str) -> Markup:
        """Links to the roles related to this one, each with its one-line summary.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ related_roles("frontend") }}
        """
        return role_views.related_roles(self._r, self._here(), role)

    def role_checklist(self, role: str) -> Markup:
        """A role's skills as a roadmap checklist; readers' ticks are saved in their browser, keyed by skill id.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_checklist("backend") }}
        """
        return role_views.role_checklist(self._r, self._here(), role)

    def role_languages(self, role: str) -> Markup:
        """The languages, frameworks and everyday tools of a role, each language with one line.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_languages("backend") }}
        """
        return role_views.role_languages(self._r, self._here(), role)

    def role_stats(self, role: str) -> Markup:
        """Every sourced figure tagged with a role, each with its citation and as-of date.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_stats("backend") }}
        """
        return role_views.role_stats(self._r, self._here(), role)

    def compare_roles(self, *roles: str) -> Markup:
        """A table of roles side by side: what they build, responsibilities, skills, languages, pay and outlook.

        Arguments:
            roles: two or more role ids from `data/roles.yml`; with none, every role (the compare page).

        Example:
            {{ compare_roles("frontend", "backend", "full-stack") }}
        """
        if len(roles) == 1:
            raise MacroUsageError("compare_roles needs two or more role ids, or none for every role")
        return role_views.compare_roles(self._r, self._here(), list(roles))

    def stat(self, id: str) -> Markup:  # noqa: A002 - `id` reads best in pages
        """One figure as a block: value, what it measures, as-of date, population, full citation.

        Arguments:
            id: id of a statistic in `data/stats.yml`.

        Example:
            {{ stat("bls-software-developers-median-pay-2023") }}
        """
        return facts.stat_block(self._r, self._here(), id)

    def figure(self, id: str) -> Markup:  # noqa: A002
        """One figure inside a sentence: value, what, where and when, and a link to its source.

        Arguments:
            id: id of a statistic in `data/stats.yml`.

        Example:
            Median pay was {{ figure("bls-software-developers-median-pay-2023") }}.
        """
        return facts.stat_inline(self._r, self._here(), id)

    def bar_chart(self, title: str, *ids: str, note: str = "") -> Markup:
        """A bar chart drawn at build time (inline SVG, both colour schemes) with the figures and sources below it.

        Arguments:
            title: what the chart shows; also its accessible name.
            ids: statistic ids from `data/stats.yml`, all in the same unit.
            note: optional sentence added to the caption.

        Example:
            {{ bar_chart("Median pay", "bls-software-developers-median-pay-2023", "bls-qa-testers-median-pay-2023") }}
        """
        return charts.bar_chart(self._r, self._here(), title, list(ids), note)

    def pay_chart(self) -> Markup:
        """A bar chart of each role's headline pay figure (roles sharing an occupation share a bar).

        Example:
            {{ pay_chart() }}
        """
        return charts.pay_chart(self._r, self._here())

    def language_chart(self, period: str) -> Markup:
        """A bar chart of survey shares of developers using each language, for one survey period.

        Arguments:
            period: the `period` of the figures, e.g. "2024".

        Example:
            {{ language_chart("2024") }}
        """
        return charts.language_chart(self._r, self._here(), period)

    def sources_list(self) -> Markup:
        """Every source in `data/sources.yml` with what it supports and when it was read.

        Example:
            {{ sources_list() }}
        """
        return facts.sources_list(self._r, self._here())

    def skill_group(self, group: str) -> Markup:
        """A section per skill of a group: what, why, levels, resources and the roles that use it.

        Arguments:
            group: id of a skill group in `data/skills.yml`.

        Example:
            {{ skill_group("backend") }}
        """
        return catalogue.skill_group(self._r, self._here(), group)

    def language_table(self) -> Markup:
        """A section per language in `data/languages.yml` with typing, paradigms, uses, roles and frameworks.

        Example:
            {{ language_table() }}
        """
        return catalogue.language_table(self._r, self._here())

    def language_card(self, language: str) -> Markup:
        """A language at a glance: typing, paradigms, learning curve, uses, roles, frameworks and databases.

        Arguments:
            language: id of a language in `data/languages.yml`.

        Example:
            {{ language_card("python") }}
        """
        return catalogue.language_card(self._r, self._here(), language)

    def language_overview(self) -> Markup:
        """Every language in one table (typing, learning curve, uses, roles), each linking to its profile.

        Example:
            {{ language_overview() }}
        """
        return catalogue.language_overview(self._r, self._here())

    def language_stats(self, language: str) -> Markup:
        """Every sourced figure tagged with a language (survey popularity and the like), with citations.

        Arguments:
            language: id of a language in `data/languages.yml`.

        Example:
            {{ language_stats("python") }}
        """
        return catalogue.language_stats(self._r, self._here(), language)

    def framework_table(self) -> Markup:
        """A section per framework in `data/frameworks.yml` with its languages and roles.

        Example:
            {{ framework_table() }}
        """
        return catalogue.framework_table(self._r, self._here())

    def database_table(self) -> Markup:
        """A section per database in `data/databases.yml`: data model, uses, pitfalls, query language and roles.

        Example:
            {{ database_table() }}
        """
        return catalogue.database_table(self._r, self._here())

    def glossary(self) -> Markup:
        """Every term in `data/glossary.yml`, alphabetically, each with an anchor other pages can link to.

        Example:
            {{ glossary() }}
        """
        return catalogue.glossary(self._r, self._here())

    def certification_table(self, role: str | None = None) -> Markup:
        """The certification catalogue, or only those for one role: issuer, format, cost, stated time, what it shows.

        Arguments:
            role: optional id of a role in `data/roles.yml`; without it, every certification.

        Example:
            {{ certification_table("backend") }}
        """
        return careers.certification_table(self._r, self._here(), role)

    def ladder(self, track: str | None = None) -> Markup:
        """Career levels from `data/ladder.yml` with scope, expectations and signals of the next level.

        Arguments:
            track: optional `individual-contributor` or `management`; without it, every level.

        Example:
            {{ ladder("individual-contributor") }}
        """
        return careers.ladder(self._r, self._here(), track)

    def lateral_moves(self, role: str | None = None) -> Markup:
        """Moves between roles from `data/ladder.yml`: what carries over and which skills to add.

        Arguments:
            role: optional role id; shows only moves from or to that role.

        Example:
            {{ lateral_moves("backend") }}
        """
        return careers.lateral_moves(self._r, self._here(), role)

    def paths_table(self) -> Markup:
        """Paths into the field side by side (time, cost, what each shows), from `data/paths.yml`.

        Example:
            {{ paths_table() }}
        """
        return careers.paths_table(self._r, self._here())

    def outdated_figures(self) -> Markup:
        """For maintainers: every figure whose source was due to publish a newer edition, with where it is used.

        Example:
            {{ outdated_figures() }}
        """
        return facts.outdated_figures(self._r, self._here())

    def open_data_files(self) -> Markup:
        """A table of the JSON files the build publishes under data/v1/, each with its schema and record counts.

        Example:
            {{ open_data_files() }}
        """
        return facts.open_data_files(self._r, self._here(), self._url())

    def built_link(self, target: str, text: str) -> Markup:
        """A link to something the build writes outside docs/, such as the print page or the open data.

        Arguments:
            target: path in the built site; a trailing slash means a page (`print/`), which becomes
                `print.html` in the offline copy.
            text: the link text.

        Example:
            {{ built_link("print/", "print version") }}
        """
        if target.endswith("/") and not self._directory_urls:
            target = target.rstrip("/") + ".html"
        href = links.site_relative(self._url(), target.rstrip("/")) + ("/" if target.endswith("/") else "")
        return Markup('<a href="{}">{}</a>').format(href, escape_text(text))

    def macro_reference(self) -> Markup:
        """This reference: every macro with its arguments and an example, from the docstrings.

        Example:
            {{ macro_reference() }}
        """
        return self._r.render("macro_reference.md.j2", self._here(), macros=describe(type(self)))


# macros whose output depends on the exact page, not only on its directory
_EXACT_PAGE = {"role_card"}


def public_macros(macros: Macros) -> dict[str, Callable]:
    """Name -> macro, for every public method, in the order they are defined.

    Each is memoised for the build: a macro's output depends only on its arguments and
    the directory of the page (links are relative to it), so pages in one section that
    make the same call share one rendering.
    """
    cache: dict[tuple, Markup] = {}

    def memoised(name: str, method: Callable) -> Callable:
        @functools.wraps(method)
        def call(*args: object, **kwargs: object) -> Markup:
            here = macros._here()
            where = here if name in _EXACT_PAGE else (posixpath.dirname(here), macros._url().count("/"))
            key = (name, args, tuple(sorted(kwargs.items())), where)
            if key not in cache:
                cache[key] = method(*args, **kwargs)
            return cache[key]

        return call

    return {name: memoised(name, getattr(macros, name)) for name in vars(type(macros)) if not name.startswith("_")}


def describe(cls: type) -> list[dict]:
    """Name, signature, summary, arguments and example of each macro, parsed from docstrings."""
    out = []
    for name, func in vars(cls).items():
        if name.startswith("_") or not callable(func):
            continue
        doc = inspect.getdoc(func) or ""
        summary, _, rest = doc.partition("\n")
        sections = _sections(rest)
        signature = str(inspect.signature(func)).replace("(self, ", "(").replace("(self)", "()")
        signature = signature.split(" ->")[0]
        out.append(
            {
                "name": name,
                "signature": signature,
                "summary": summary.strip(),
                "arguments": sections.get("Arguments", []),
                "example": "\n".join(sections.get("Example", [])),
            }
        )
    return out


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.endswith(":") and stripped[:-1] in ("Arguments", "Example"):
            current = stripped[:-1]
            sections[current] = []
        elif current and stripped:
            sections[current].append(stripped)
    return sections
