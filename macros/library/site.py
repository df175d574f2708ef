"""Macros for the pages about the handbook itself: maintainers' lists, open data, built files, this reference."""

from __future__ import annotations

from markupsafe import Markup

from .. import links
from ..views import facts, site
from .base import MacroBase
from .describe import describe


class SiteMacros(MacroBase):
    def outdated_figures(self) -> Markup:
        """For maintainers: every figure whose source was due to publish a newer edition, with what was searched.

        Then the current figures the flag cannot watch, because their release day is unknown, with the reason.

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
        return site.built_link(self._r, self._here(), href, text)

    def macro_reference(self) -> Markup:
        """This reference: every macro with its arguments and an example, from the docstrings.

        Example:
            {{ macro_reference() }}
        """
        return site.macro_reference(self._r, self._here(), describe(type(self)))
