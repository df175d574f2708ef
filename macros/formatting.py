"""How numbers and dates from data are written on the page."""

from __future__ import annotations

import datetime as dt

from .models import Stat

_UNIT_SUFFIX = {
    "usd-per-year": " a year",
    "usd-per-hour": " an hour",
    "jobs": " jobs",
    "openings-per-year": " openings a year",
    "people": " people",
}


def number(value: float) -> str:
    """62.3 -> '62.3'; 130160.0 -> '130,160'."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def figure(stat: Stat) -> str:
    """The figure as a reader says it: '$130,160', '17%', '1,897,100'."""
    if stat.unit.startswith("usd"):
        return f"${number(stat.value)}"
    if stat.unit == "percent":
        return f"{number(stat.value)}%"
    return number(stat.value)


def figure_with_unit(stat: Stat) -> str:
    """'$130,160 a year', '17%', '140,100 openings a year'."""
    return figure(stat) + _UNIT_SUFFIX.get(stat.unit, "")


def spread_value(stat: Stat, value: float) -> str:
    return f"${number(value)}" if stat.unit.startswith("usd") else number(value)


def long_date(day: dt.date) -> str:
    """'23 November 2026': unambiguous in every English-speaking country."""
    return f"{day.day} {day:%B %Y}"


def capitalize_first(text: str) -> str:
    """'design APIs' -> 'Design APIs' (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def words(identifier: str) -> str:
    """'self-paced-course' -> 'self-paced course'; 'free-with-sign-up' -> 'free with sign-up'."""
    return {
        "self-paced-course": "self-paced course",
        "instructor-led-course": "instructor-led course",
        "free-with-sign-up": "free with sign-up",
        "free-to-audit": "free to audit",
        "individual-contributor": "individual contributor",
    }.get(identifier, identifier.replace("-", " "))


def lower_first(name: str) -> str:
    """'Frontend developer' -> 'frontend developer', but 'DevOps and...' and 'QA and...' stay as they are."""
    first, _, rest = name.partition(" ")
    if first[1:].islower():
        first = first.lower()
    return f"{first} {rest}" if rest else first


def cadence(value: str) -> str:
    """How often a source publishes, as words: 'annual' -> 'every year'."""
    return {
        "monthly": "every month",
        "quarterly": "every quarter",
        "annual": "every year",
        "biennial": "every two years",
        "irregular": "at irregular intervals",
        "once": "once, with no new editions planned",
    }[value]


def hours(span: object) -> str:
    """An hours range as a reader says it: 'about 18 hours', '15 to 20 hours' (anything with low and high)."""
    low, high = span.low, span.high  # type: ignore[attr-defined]
    return f"about {number(low)} hours" if low == high else f"{number(low)} to {number(high)} hours"
