"""Pay beyond the United States: official figures country by country, and self-reported pay by
developer type from a worldwide survey. Amounts stay in their own currency; nothing converts them."""

from __future__ import annotations

from markupsafe import Markup

from .. import formatting
from ..models import PAY_UNITS, Stat
from ..problems import MacroUsageError
from ..render import Renderer
from . import charts_series
from .figures import figures


def _official_pay(r: Renderer) -> list[Stat]:
    """Current official pay figures (government statistics) for countries other than the United States."""
    return [
        s
        for s in r.catalog.current(r.catalog.all("stats"))
        if s.unit in PAY_UNITS
        and s.country not in ("US", "world")
        and r.catalog.source(s.source).kind == "government-statistics"
    ]


def pay_abroad_table(r: Renderer, here: str) -> Markup:
    stats = sorted(_official_pay(r), key=lambda s: (formatting.country(s.country), -s.value))
    return r.render("pay_abroad.md.j2", here, figures=figures(r, stats))


def country_stats(r: Renderer, here: str, country: str) -> Markup:
    if country not in {s.country for s in r.catalog.all("stats")}:
        known = sorted({s.country for s in _official_pay(r)})
        raise MacroUsageError(f"no figures for country '{country}' in data/stats.yml (countries abroad: {known})")
    stats = [s for s in _official_pay(r) if s.country == country]
    currencies = list(dict.fromkeys(s.currency for s in stats if s.currency))
    spread = [s for s in stats if s.spread]
    chart = Markup("")
    if spread and len({s.unit for s in spread}) == 1:
        periods = " and ".join(dict.fromkeys(s.period for s in spread))
        title = f"Spread of pay in {formatting.country(country)}, {periods}"
        chart = charts_series.range_chart(r, here, title, [s.id for s in spread])
    return r.render("country_stats.md.j2", here, figures=figures(r, stats), currencies=currencies, chart=chart)


def survey_pay(r: Renderer, role_id: str | None = None) -> list[Stat]:
    """Current self-reported pay figures by developer type (survey sources), optionally for one role."""
    stats = r.catalog.stats_for_role(role_id) if role_id else r.catalog.all("stats")
    found = [
        s
        for s in r.catalog.current(stats)
        if s.unit == "pay-per-year" and r.catalog.source(s.source).kind == "survey" and s.occupation
    ]
    return sorted(found, key=lambda s: s.country != "world")  # worldwide first


def pay_by_type(r: Renderer, here: str) -> Markup:
    """Every developer type's median, worldwide and in the United States, side by side."""
    stats = survey_pay(r)
    if not stats:
        raise MacroUsageError("no survey pay figures by developer type in data/stats.yml")
    # developer types in order of their worldwide median, then any found only in one country
    order = sorted(stats, key=lambda s: (s.country != "world", -s.value))
    types = list(dict.fromkeys(s.occupation for s in order))
    cells = {(f.stat.occupation, f.stat.country): f for f in figures(r, stats)}
    rows = [(t, cells.get((t, "world")), cells.get((t, "US"))) for t in types]
    periods = sorted({s.period for s in stats})
    sources = list(dict.fromkeys(r.catalog.source(s.source) for s in stats))
    return r.render(
        "pay_by_type.md.j2",
        here,
        rows=rows,
        periods=periods,
        sources=sources,
        figures=figures(r, stats),
    )
