"""Macros about roles: cards, skill matrices, checklists, comparisons."""

from __future__ import annotations

from markupsafe import Markup

from ..problems import MacroUsageError
from ..views import roles as role_views
from .base import MacroBase


class RoleMacros(MacroBase):
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
        """A role's current sourced figures with citations: US and worldwide ones as blocks, other countries as a table.

        Older editions kept as history are left out; each block names its period and place.

        Arguments:
            role: id of a role in `data/roles.yml`.

        Example:
            {{ role_stats("backend") }}
        """
        return role_views.role_stats(self._r, self._here(), role)

    def compare_roles(self, *roles: str) -> Markup:
        """A table of roles side by side: what they build, skills, languages, official and survey pay, and outlook.

        Arguments:
            roles: two or more role ids from `data/roles.yml`; with none, every role (the compare page).

        Example:
            {{ compare_roles("frontend", "backend", "full-stack") }}
        """
        if len(roles) == 1:
            raise MacroUsageError("compare_roles needs two or more role ids, or none for every role")
        return role_views.compare_roles(self._r, self._here(), list(roles))
