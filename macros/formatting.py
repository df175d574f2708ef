"""How numbers and dates from data are written on the page."""

from __future__ import annotations

import datetime as dt

from .models import Stat
from .places import COUNTRIES, CURRENCIES, CURRENCY_NAMES, WITH_THE, WORLD

_UNIT_SUFFIX = {
    "pay-per-year": " a year",
    "pay-per-month": " a month",
    "pay-per-hour": " an hour",
    "jobs": " jobs",
    "openings-per-year": " openings a year",
    "people": " people",
}


def number(value: float) -> str:
    """62.3 -> '62.3'; 130160.0 -> '130,160'."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def money(amount: float, currency: str) -> str:
    """An amount as the handbook writes it, in the currency's own unambiguous form.

    '$' is only ever US dollars; other dollars carry their country ('C$48.08', 'A$132,758');
    pound and euro use their signs ('£55,587', '€34.80'); other currencies their ISO code
    ('SEK 53,500'). Whole amounts have no decimals; others always two, as money is written.
    """
    digits = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    return f"{CURRENCIES[currency]}{digits}"


def figure(stat: Stat) -> str:
    """The figure as a reader says it: '$130,160', '£55,587', '17%', '1,897,100'."""
    if stat.currency:
        return money(stat.value, stat.currency)
    if stat.unit == "percent":
        return f"{number(stat.value)}%"
    return number(stat.value)


def figure_with_unit(stat: Stat) -> str:
    """'$130,160 a year', 'C$48.08 an hour', '17%', '140,100 openings a year'."""
    return figure(stat) + _UNIT_SUFFIX.get(stat.unit, "")


def spread_value(stat: Stat, value: float) -> str:
    """A percentile of the figure, written like the figure itself."""
    return money(value, stat.currency) if stat.currency else number(value)


def country(code: str) -> str:
    """'GB' -> 'United Kingdom'; 'world' -> 'worldwide'."""
    return COUNTRIES[code]


def where(code: str) -> str:
    """'US' -> 'in the United States'; 'DE' -> 'in Germany'; 'world' -> 'worldwide'."""
    name = COUNTRIES[code]
    if code == WORLD:
        return name
    return f"in the {name}" if code in WITH_THE else f"in {name}"


def currency(code: str) -> str:
    """'CAD' -> 'Canadian dollars (CAD, written C$)': what a reader needs to read the amounts."""
    return f"{CURRENCY_NAMES[code]} ({code}, written {CURRENCIES[code].strip()})"


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
