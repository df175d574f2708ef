"""When a figure is probably superseded: its source's release cadence has passed."""

from __future__ import annotations

import datetime as dt

from .models import Source, Stat

# months until the next edition is expected, plus a grace month for late releases
_CADENCE_MONTHS = {"monthly": 1, "quarterly": 3, "annual": 12, "biennial": 24}
_GRACE_MONTHS = 1


def next_release(stat: Stat, source: Source) -> dt.date | None:
    """The date by which the source should have published a newer figure, if it has a cadence."""
    months = _CADENCE_MONTHS.get(source.cadence)
    if months is None or stat.released is None:
        return None
    return _add_months(stat.released, months + _GRACE_MONTHS)


def is_outdated(stat: Stat, source: Source, today: dt.date) -> bool:
    due = next_release(stat, source)
    return due is not None and today > due


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, 28))
