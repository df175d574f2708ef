"""Reference catalogues: skills, languages, frameworks, databases, glossary."""

from __future__ import annotations

from markupsafe import Markup

from ..catalog import Catalog
from ..render import Renderer
from .figures import figures
from .projects import skill_projects


def skill_group(r: Renderer, here: str, group_id: str) -> Markup:
    skills = r.catalog.skills_in_group(group_id)
    return r.render(
        "skill_group.md.j2",
        here,
        skills=skills,
        roles_using={s.id: r.catalog.roles_using_skill(s.id) for s in skills},
        projects={s.id: skill_projects(r, s.id) for s in skills},
    )


def language_table(r: Renderer, here: str) -> Markup:
    languages = r.catalog.all("languages")
    return r.render(
        "language_table.md.j2",
        here,
        languages=languages,
        roles={x.id: [r.catalog.role(i) for i in x.roles] for x in languages},
        frameworks={x.id: r.catalog.frameworks_for_language(x.id) for x in languages},
    )


def framework_table(r: Renderer, here: str) -> Markup:
    frameworks = r.catalog.all("frameworks")
    return r.render(
        "framework_table.md.j2",
        here,
        frameworks=frameworks,
        languages={f.id: [r.catalog.language(i) for i in f.languages] for f in frameworks},
        roles={f.id: [r.catalog.role(i) for i in f.roles] for f in frameworks},
    )


def database_table(r: Renderer, here: str) -> Markup:
    databases = r.catalog.all("databases")
    return r.render(
        "database_table.md.j2",
        here,
        databases=databases,
        languages={d.id: [r.catalog.language(i) for i in d.languages] for d in databases},
        roles={d.id: [r.catalog.role(i) for i in d.roles] for d in databases},
    )


def glossary(r: Renderer, here: str) -> Markup:
    terms = sorted(r.catalog.all("terms"), key=lambda t: t.term.lower())
    related = {t.id: [r.catalog.get("terms", i) for i in t.related] for t in terms}
    return r.render("glossary.md.j2", here, terms=terms, related=related)


def abbreviations(catalog: Catalog) -> dict[str, str]:
    """Term -> expansion for every glossary term with a tooltip, for the abbr extension's glossary.

    Terms are restricted by the model to plain characters; the expansion becomes
    an attribute value, which the Markdown serializer escapes.
    """
    return {t.term: t.expansion for t in catalog.all("terms") if t.tooltip}


def language_card(r: Renderer, here: str, language_id: str) -> Markup:
    language = r.catalog.language(language_id)
    return r.render(
        "language_card.md.j2",
        here,
        language=language,
        roles=[r.catalog.role(i) for i in language.roles],
        frameworks=r.catalog.frameworks_for_language(language_id),
        databases=[d for d in r.catalog.all("databases") if language_id in d.languages],
    )


def language_overview(r: Renderer, here: str) -> Markup:
    languages = r.catalog.all("languages")
    return r.render(
        "language_overview.md.j2",
        here,
        languages=languages,
        roles={x.id: [r.catalog.role(i) for i in x.roles] for x in languages},
    )


def language_stats(r: Renderer, here: str, language_id: str) -> Markup:
    stats = r.catalog.current(r.catalog.stats_for_language(language_id))
    return r.render("stats.md.j2", here, figures=figures(r, stats))
