"""Macros for the guides that help a reader choose: the role-fit guide."""

from __future__ import annotations

from markupsafe import Markup

from ..views import fit
from .base import MacroBase


class GuideMacros(MacroBase):
    def role_fit(self) -> Markup:
        """The role-fit guide: each statement in `data/role_fit.yml` with an answer scale, and the closest roles.

        Without JavaScript it is a worksheet: each statement with the roles agreeing points to, and why.

        Example:
            {{ role_fit() }}
        """
        return fit.role_fit(self._r, self._here())
