"""Bar charts drawn at build time as inline SVG, each with a title, a description and a table alternative.

Layout is computed here in viewBox units; the template only writes it out.
Colours come from the stylesheet, so charts follow the light and dark schemes.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from markupsafe import Markup

from .. import formatting
from ..models import Stat
from ..problems import MacroUsageError
from ..render import Renderer
from .figures import figures

WIDTH = 360  # narrow viewBox: on a phone the text stays at a readable size
LABEL_CHARS = 46
LINE = 16
BAR = 14
GAP = 14
VALUE_ROOM = 84


@dataclass(frozen=True)
class Row:
    stat: Stat
    lines: list[str]
    label_y: list[int]
    bar_y: int
    bar_width: float
    value: str
    value_x: float


def check_mix(kind: str, title: str, stats: list[Stat]) -> bool:
    """Refuse a chart that mixes periods or places without saying so; True if it mixes places.

    Every bar is labelled with its period; when the figures describe different periods (or
    countries), the title must name each one, so no reader takes them for one series."""
    periods = list(dict.fromkeys(s.period for s in stats))
    places = list(dict.fromkeys(formatting.country(s.country) for s in stats))
    for what, values in (("periods", periods), ("places", places)):
        missing = [v for v in values if v not in title]
        if len(values) > 1 and missing:
            raise MacroUsageError(
                f"{kind} '{title}' mixes {what} ({', '.join(values)}) in one series; name each in the title "
                f"(missing: {', '.join(missing)}), or chart one at a time"
            )
    return len(places) > 1


def one_unit(kind: str, title: str, stats: list[Stat]) -> None:
    units = sorted({f"{s.unit} in {s.currency}" if s.currency else s.unit for s in stats})
    if len(units) > 1:
        raise MacroUsageError(f"{kind} '{title}' mixes units {units}; chart one unit at a time")


def chart_id(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def layout(stats: list[Stat], extra: dict[str, str] | None = None, places: bool = False) -> tuple[list[Row], int]:
    top = max(s.value for s in stats) or 1
    rows, y = [], 0
    for stat in sorted(stats, key=lambda s: -s.value):
        when = f"{stat.period}, {formatting.country(stat.country)}" if places else stat.period
        label = f"{stat.label} ({when})" + (f": {extra[stat.id]}" if extra and stat.id in extra else "")
        lines = textwrap.wrap(label, LABEL_CHARS)
        label_y = [y + LINE * (i + 1) - 4 for i in range(len(lines))]
        bar_y = y + LINE * len(lines) + 2
        width = round((WIDTH - VALUE_ROOM) * stat.value / top, 1)
        rows.append(Row(stat, lines, label_y, bar_y, max(width, 1.0), formatting.figure(stat), width + 6))
        y = bar_y + BAR + GAP
    return rows, y - GAP + 4


def bar_chart(
    r: Renderer, here: str, title: str, stat_ids: list[str], note: str = "", extra: dict[str, str] | None = None
) -> Markup:
    if not stat_ids:
        raise MacroUsageError("bar_chart needs at least one statistic id")
    stats = [r.catalog.stat(i) for i in stat_ids]
    one_unit("bar_chart", title, stats)
    places = check_mix("bar_chart", title, stats)
    rows, height = layout(stats, extra, places)
    ordered = [row.stat for row in rows]
    summary = (
        f"Bar chart of {len(rows)} figure{'s' if len(rows) > 1 else ''}, highest first: "
        + "; ".join(f"{s.label}, {formatting.figure(s)} ({s.period})" for s in ordered)
        + "."
    )
    return r.render(
        "bar_chart.md.j2",
        here,
        chart_id=chart_id(title),
        title=title,
        note=note,
        summary=summary,
        rows=rows,
        width=WIDTH,
        height=height,
        bar_height=BAR,
        figures=figures(r, ordered),
    )


def pay_chart(r: Renderer, here: str) -> Markup:
    """Each role's headline pay figure; roles sharing an occupation share one bar.

    One chart per period and country, so no chart mixes editions or places."""
    roles = [role for role in r.catalog.all("roles") if role.pay]
    ids = list(dict.fromkeys(role.pay for role in roles))
    used_by = {i: "used for " + ", ".join(formatting.lower_first(x.name) for x in roles if x.pay == i) for i in ids}
    groups: dict[tuple[str, str], list[str]] = {}
    for i in ids:
        stat = r.catalog.stat(i)
        groups.setdefault((stat.country, stat.period), []).append(i)
    charts = [
        bar_chart(
            r,
            here,
            f"Median yearly pay of the occupations behind each role, {formatting.country(country)}, {period}",
            group,
            "Each bar is the official figure the handbook uses for one or more roles; see the methodology.",
            used_by,
        )
        for (country, period), group in sorted(groups.items(), key=lambda g: g[0][1], reverse=True)
    ]
    return Markup("\n").join(charts)


def language_chart(r: Renderer, here: str, period: str) -> Markup:
    """Survey shares of developers using each language in one survey year."""
    ids = [s.id for s in r.catalog.all("stats") if s.languages and s.unit == "percent" and s.period == period]
    if not ids:
        raise MacroUsageError(f"no language figures in percent for period '{period}' in data/stats.yml")
    return bar_chart(r, here, f"Share of survey respondents using each language, {period}", ids)
