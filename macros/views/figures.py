"""A statistic with everything a template shows beside it: its source, where it was quoted,
and whether it is due for a refresh. Templates receive these instead of lookup helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Source, Stat
from ..render import Renderer


@dataclass(frozen=True)
class Figure:
    stat: Stat
    source: Source
    via: Source | None
    outdated: bool
    due: dt.date | None


def figure(r: Renderer, stat: Stat) -> Figure:
    source = r.catalog.source(stat.source)
    via = r.catalog.source(stat.via) if stat.via else None
    return Figure(stat, source, via, r.outdated(stat), r.due(stat))


def figures(r: Renderer, stats: list[Stat]) -> list[Figure]:
    return [figure(r, stat) for stat in stats]
