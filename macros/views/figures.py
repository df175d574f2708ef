"""A statistic with everything a template shows beside it: its source, where it was quoted,
whether it is due for a refresh, and the newer edition that replaced it, if any. Templates
receive these instead of lookup helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Source, Stat
from ..render import Renderer


@dataclass(frozen=True)
class Figure:
    stat: Stat
    source: Source
    vias: list[Source]  # where a quoted figure was read; empty for first-hand figures
    outdated: bool
    due: dt.date | None
    newer: Figure | None = None  # the newest edition the handbook holds, when this one is history


def figure(r: Renderer, stat: Stat, with_newer: bool = True) -> Figure:
    source = r.catalog.source(stat.source)
    vias = [r.catalog.source(i) for i in stat.vias]
    newest = r.catalog.newest(stat)
    newer = figure(r, newest, with_newer=False) if with_newer and newest is not stat else None
    return Figure(stat, source, vias, r.outdated(stat), r.due(stat), newer)


def figures(r: Renderer, stats: list[Stat]) -> list[Figure]:
    return [figure(r, stat) for stat in stats]
