"""Macros about figures: single statistics, charts and the list of sources."""

from __future__ import annotations

from markupsafe import Markup

from ..views import charts, facts
from .base import MacroBase


class FactMacros(MacroBase):
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
