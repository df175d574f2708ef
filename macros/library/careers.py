"""Macros about careers: certifications, the ladder, lateral moves, paths into the field."""

from __future__ import annotations

from markupsafe import Markup

from ..views import careers
from .base import MacroBase


class CareerMacros(MacroBase):
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
