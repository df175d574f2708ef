"""Macros about figures: single statistics, charts and the list of sources."""

from __future__ import annotations

from markupsafe import Markup

from ..views import charts, charts_series, facts, world
from .base import MacroBase


class FactMacros(MacroBase):
    def stat(self, id: str) -> Markup:  # noqa: A002 - `id` reads best in pages
        """One figure as a block: value, what it measures, as-of date, population, full citation.

        Arguments:
            id: id of a statistic in `data/stats.yml`.

        Example:
            {{ stat("bls-oews-software-developers-median-pay-2025") }}
        """
        return facts.stat_block(self._r, self._here(), id)

    def figure(self, id: str) -> Markup:  # noqa: A002
        """One figure inside a sentence: value, what, where and when, and a link to its source.

        Arguments:
            id: id of a statistic in `data/stats.yml`.

        Example:
            Median pay was {{ figure("bls-oews-software-developers-median-pay-2025") }}.
        """
        return facts.stat_inline(self._r, self._here(), id)

    def bar_chart(self, title: str, *ids: str, note: str = "") -> Markup:
        """A bar chart drawn at build time (inline SVG, both colour schemes) with the figures and sources below it.

        Every bar is labelled with its period. Figures from different periods or countries may share a
        chart only if the title names each period and each country; otherwise the build fails.

        Arguments:
            title: what the chart shows; also its accessible name.
            ids: statistic ids from `data/stats.yml`, all in the same unit and currency.
            note: optional sentence added to the caption.

        Example:
            {{ bar_chart("Median pay, May 2025", "bls-oews-qa-testers-median-pay-2025") }}
        """
        return charts.bar_chart(self._r, self._here(), title, list(ids), note)

    def pay_chart(self) -> Markup:
        """Bar charts of each role's headline pay, one per period and country; roles sharing an occupation share a bar.

        Example:
            {{ pay_chart() }}
        """
        return charts.pay_chart(self._r, self._here())

    def language_chart(self, period: str) -> Markup:
        """A bar chart of survey shares of developers using each language, for one survey period.

        Arguments:
            period: the `period` of the figures, e.g. "2025".

        Example:
            {{ language_chart("2025") }}
        """
        return charts.language_chart(self._r, self._here(), period)

    def range_chart(self, title: str, *ids: str, note: str = "") -> Markup:
        """A range chart of pay spreads: for each figure, the 10th to 90th percentile, the middle half and the median.

        Drawn at build time (inline SVG) with the figures in words and a table with sources below it.
        The same rules as `bar_chart` apply to periods and countries.

        Arguments:
            title: what the chart shows; also its accessible name.
            ids: statistic ids from `data/stats.yml` that have a `spread`, all in the same unit and currency.
            note: optional sentence added to the caption.

        Example:
            {{ range_chart("Pay spread, May 2025", "bls-oews-web-developers-median-pay-2025") }}
        """
        return charts_series.range_chart(self._r, self._here(), title, list(ids), note)

    def pay_range_chart(self, country: str = "US") -> Markup:
        """A range chart of the pay spread in every occupation behind a role, from the newest figures with percentiles.

        Arguments:
            country: ISO code of the country whose official figures to show.

        Example:
            {{ pay_range_chart() }}
        """
        return charts_series.pay_range_chart(self._r, self._here(), country)

    def line_chart(self, title: str, *series: str, note: str = "") -> Markup:
        """A line chart of one to three series over the years, each point a record, with a table of every point below.

        Points that count a broader occupation than the series' newest point are drawn hollow on a
        dashed line, so a change in what is counted does not read as a trend.

        Arguments:
            title: what the chart shows, including the span of years; also its accessible name.
            series: `series` ids from `data/stats.yml`, all in the same unit, currency and country.
            note: optional sentence added to the caption.

        Example:
            {{ line_chart("Median yearly pay, May 2019 to May 2025", "bls-oews-software-developers-median-pay") }}
        """
        return charts_series.line_chart(self._r, self._here(), title, list(series), note)

    def pay_abroad(self) -> Markup:
        """A table of official pay figures outside the United States: country, occupation, median, who is counted.

        Example:
            {{ pay_abroad() }}
        """
        return world.pay_abroad_table(self._r, self._here())

    def country_pay(self, country: str) -> Markup:
        """One country's official pay figures as full blocks, after a sentence naming their currency.

        Arguments:
            country: ISO 3166-1 alpha-2 code, e.g. "GB".

        Example:
            {{ country_pay("GB") }}
        """
        return world.country_stats(self._r, self._here(), country)

    def pay_by_type(self) -> Markup:
        """Self-reported pay by developer type from a survey, worldwide and in the United States, with sample sizes.

        Example:
            {{ pay_by_type() }}
        """
        return world.pay_by_type(self._r, self._here())

    def sources_list(self) -> Markup:
        """Every source in `data/sources.yml` with what it supports and when it was read.

        Example:
            {{ sources_list() }}
        """
        return facts.sources_list(self._r, self._here())
