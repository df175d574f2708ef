"""Range and line charts drawn at build time as inline SVG, like the bar charts in charts.py.

A range chart shows the spread of pay in each occupation (10th to 90th percentile, the middle
half, the median); a line chart follows a series of records over the years. Both come with a
title, a description that states every figure, and a table with full citations below. Layout
is computed here in viewBox units; the templates only write it out, with colours from the
stylesheet. Meaning never rests on colour: bands differ in height, lines in marker shape.
"""

from __future__ import annotations

import itertools
import math
import textwrap
from dataclasses import dataclass

from markupsafe import Markup

from .. import formatting
from ..models import Stat
from ..problems import MacroUsageError
from ..render import Renderer
from .charts import LABEL_CHARS, LINE, WIDTH, chart_id, check_mix, one_unit
from .figures import figures

PERCENTILES = ("p10", "p25", "p75", "p90")
CAPTION_CHARS = 52


def nice_top(value: float) -> tuple[float, float]:
    """A round axis maximum at or above `value`, and the step between its gridlines (at most 5 of them)."""
    raw = value / 5 or 1
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(value / step), step


def tick(stat: Stat, value: float) -> str:
    """A short axis label: '$150k', 'SEK 50k', '1.5M'; the table below the chart has exact values."""
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if value >= size:
            short = f"{value / size:g}{suffix}"
            return formatting.money(0, stat.currency).replace("0", short) if stat.currency else short
    return formatting.spread_value(stat, value)


# --- range chart ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    stat: Stat
    lines: list[str]
    label_y: list[int]
    y: int  # top of the band row
    outer: tuple[float, float] | None  # x and width: 10th to 90th percentile
    inner: tuple[float, float] | None  # 25th to 75th
    median: float
    caption: list[str]  # the figures in words, under the band
    caption_y: list[int]


def _spread(stat: Stat) -> dict[str, float]:
    spread = stat.spread.model_dump() if stat.spread else {}
    return {name: value for name, value in spread.items() if value is not None}


def range_layout(stats: list[Stat], places: bool) -> tuple[list[Band], list[tuple[float, str]], int]:
    top, step = nice_top(max(max(_spread(s).values(), default=s.value) for s in stats))
    scale = (WIDTH - 8) / top
    bands, y = [], 40  # room for the key
    for stat in stats:
        spread = _spread(stat)
        when = f"{stat.period}, {formatting.country(stat.country)}" if places else stat.period
        lines = textwrap.wrap(f"{stat.occupation or stat.label} ({when})", LABEL_CHARS)
        label_y = [y + LINE * (i + 1) - 4 for i in range(len(lines))]
        row = y + LINE * len(lines) + 2
        outer = _span(spread, "p10", "p90", scale)
        inner = _span(spread, "p25", "p75", scale)
        low = [f"{n[1:]}th {formatting.spread_value(stat, spread[n])}" for n in ("p10", "p25") if n in spread]
        high = [f"{n[1:]}th {formatting.spread_value(stat, spread[n])}" for n in ("p75", "p90") if n in spread]
        words = [*low, f"median {formatting.figure(stat)}", *high]
        caption = _join_lines(words, CAPTION_CHARS)
        caption_y = [row + 30 + LINE * i for i in range(len(caption))]
        bands.append(Band(stat, lines, label_y, row, outer, inner, round(stat.value * scale, 1), caption, caption_y))
        y = caption_y[-1] + 14
    ticks = [(round(v * scale, 1), tick(stats[0], v)) for v in _frange(0, top, step)]
    return bands, ticks, y


def _join_lines(items: list[str], width: int) -> list[str]:
    """Items joined with ' · ' into lines of at most `width` characters, never splitting an item."""
    lines = [items[0]]
    for item in items[1:]:
        if len(lines[-1]) + 3 + len(item) <= width:
            lines[-1] += " · " + item
        else:
            lines.append(item)
    return lines


def _span(spread: dict[str, float], low: str, high: str, scale: float) -> tuple[float, float] | None:
    """(x, width) of the band between two percentiles, if the source gives both."""
    if low in spread and high in spread:
        return round(spread[low] * scale, 1), round((spread[high] - spread[low]) * scale, 1)
    return None


def _frange(start: float, stop: float, step: float) -> list[float]:
    count = round((stop - start) / step)
    return [start + i * step for i in range(count + 1)]


def range_chart(r: Renderer, here: str, title: str, stat_ids: list[str], note: str = "") -> Markup:
    if not stat_ids:
        raise MacroUsageError("range_chart needs at least one statistic id")
    stats = [r.catalog.stat(i) for i in stat_ids]
    one_unit("range_chart", title, stats)
    places = check_mix("range_chart", title, stats)
    no_spread = [s.id for s in stats if not _spread(s)]
    if no_spread:
        raise MacroUsageError(f"range_chart '{title}': {', '.join(no_spread)} has no percentiles to show")
    stats.sort(key=lambda s: -s.value)
    bands, ticks, height = range_layout(stats, places)
    summary = (
        f"Range chart of pay in {len(stats)} occupation{'s' if len(stats) > 1 else ''}, highest median first: "
        + "; ".join(f"{b.stat.occupation or b.stat.label}, {' · '.join(b.caption)}" for b in bands)
        + "."
    )
    return r.render(
        "range_chart.md.j2",
        here,
        chart_id=chart_id(title),
        title=title,
        note=note,
        summary=summary,
        bands=bands,
        ticks=ticks,
        width=WIDTH,
        height=height + 18,
        axis_y=height,
        figures=figures(r, stats),
        percentiles=PERCENTILES,
    )


def pay_range_chart(r: Renderer, here: str, country: str = "US") -> Markup:
    """The spread of pay in each occupation behind a role, from the newest records with percentiles."""
    stats = [
        s
        for s in r.catalog.current(r.catalog.all("stats"))
        if s.roles and s.unit == "pay-per-year" and s.country == country and _spread(s) and s.occupation
    ]
    if not stats:
        raise MacroUsageError(f"no current pay figures with percentiles for country '{country}'")
    periods = sorted({s.period for s in stats})
    title = f"Spread of yearly pay in the occupations behind each role, {formatting.country(country)}, "
    return range_chart(r, here, title + " and ".join(periods), [s.id for s in stats])


# --- line chart ----------------------------------------------------------------------------

LEFT, RIGHT, PLOT_HEIGHT = 44, 14, 150
SHAPES = ("circle", "square", "diamond")


@dataclass(frozen=True)
class Point:
    stat: Stat
    x: float
    y: float
    other: bool  # counts a different occupation from the series' newest point


@dataclass(frozen=True)
class Line:
    name: str
    shape: str
    points: list[Point]
    solid: str  # SVG path of segments between points of the same coverage as the newest
    dashed: str  # segments that touch a point of different coverage


def line_chart(r: Renderer, here: str, title: str, series_ids: list[str], note: str = "") -> Markup:
    if not series_ids or len(series_ids) > len(SHAPES):
        raise MacroUsageError(f"line_chart needs one to {len(SHAPES)} series ids")
    series = [r.catalog.series(i) for i in series_ids]
    every = [s for points in series for s in points]
    one_unit("line_chart", title, every)
    if len({s.country for s in every}) > 1:
        raise MacroUsageError(f"line_chart '{title}' mixes places; a trend follows one country")
    years = sorted({s.year or 0 for s in every})
    broader = any(s.occupation != points[-1].occupation for points in series for s in points)
    plot_top = LINE * (len(series) + broader) + 14  # room for the key
    top, step = nice_top(max(s.value for s in every))
    span = max(years[-1] - years[0], 1)
    width = WIDTH - LEFT - RIGHT

    def x(year: int) -> float:
        return round(LEFT + width * (year - years[0]) / span, 1)

    def y(value: float) -> float:
        return round(plot_top + PLOT_HEIGHT * (1 - value / top), 1)

    lines = []
    for shape, points in zip(SHAPES, series, strict=False):
        newest = points[-1]
        marks = [Point(p, x(p.year or 0), y(p.value), p.occupation != newest.occupation) for p in points]
        solid: list[str] = []
        dashed: list[str] = []
        for a, b in itertools.pairwise(marks):
            (dashed if a.other or b.other else solid).append(f"M{a.x},{a.y} L{b.x},{b.y}")
        lines.append(Line(newest.occupation or newest.label, shape, marks, " ".join(solid), " ".join(dashed)))
    summary = f"Line chart, {title}. " + " ".join(
        f"{line.name}: "
        + "; ".join(
            f"{p.stat.period} {formatting.figure(p.stat)}" + (" (broader occupation)" if p.other else "")
            for p in line.points
        )
        + "."
        for line in lines
    )
    return r.render(
        "line_chart.md.j2",
        here,
        chart_id=chart_id(title),
        title=title,
        note=note,
        summary=summary,
        lines=lines,
        broader=broader,
        years=[(x(year), year) for year in years],
        ticks=[(y(v), tick(every[0], v)) for v in _frange(0, top, step)],
        left=LEFT,
        right=WIDTH - RIGHT,
        plot_top=plot_top,
        plot_bottom=plot_top + PLOT_HEIGHT,
        width=WIDTH,
        height=plot_top + PLOT_HEIGHT + 24,
        rows=[[next((p for p in line.points if p.stat.year == year), None) for line in lines] for year in years],
        figures=figures(r, every),
    )
