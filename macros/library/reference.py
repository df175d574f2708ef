"""Macros for the reference catalogues: skills, languages, frameworks, databases, glossary."""

from __future__ import annotations

from markupsafe import Markup

from ..views import reference
from .base import MacroBase


class ReferenceMacros(MacroBase):
    def skill_group(self, group: str) -> Markup:
        """A section per skill of a group: what, why, levels, resources and the roles that use it.

        Arguments:
            group: id of a skill group in `data/skills.yml`.

        Example:
            {{ skill_group("backend") }}
        """
        return reference.skill_group(self._r, self._here(), group)

    def language_table(self) -> Markup:
        """A section per language in `data/languages.yml` with typing, paradigms, uses, roles and frameworks.

        Example:
            {{ language_table() }}
        """
        return reference.language_table(self._r, self._here())

    def language_card(self, language: str) -> Markup:
        """A language at a glance: typing, paradigms, learning curve, uses, roles, frameworks and databases.

        Arguments:
            language: id of a language in `data/languages.yml`.

        Example:
            {{ language_card("python") }}
        """
        return reference.language_card(self._r, self._here(), language)

    def language_overview(self) -> Markup:
        """Every language in one table (typing, learning curve, uses, roles), each linking to its profile.

        Example:
            {{ language_overview() }}
        """
        return reference.language_overview(self._r, self._here())

    def language_stats(self, language: str) -> Markup:
        """The current sourced figures tagged with a language (survey popularity and the like), with citations.

        Arguments:
            language: id of a language in `data/languages.yml`.

        Example:
            {{ language_stats("python") }}
        """
        return reference.language_stats(self._r, self._here(), language)

    def framework_table(self) -> Markup:
        """A section per framework in `data/frameworks.yml` with its languages and roles.

        Example:
            {{ framework_table() }}
        """
        return reference.framework_table(self._r, self._here())

    def database_table(self) -> Markup:
        """A section per database in `data/databases.yml`: data model, uses, pitfalls, query language and roles.

        Example:
            {{ database_table() }}
        """
        return reference.database_table(self._r, self._here())

    def glossary(self) -> Markup:
        """Every term in `data/glossary.yml`, alphabetically, each with an anchor other pages can link to.

        Example:
            {{ glossary() }}
        """
        return reference.glossary(self._r, self._here())
