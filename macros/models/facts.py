"""Sources and statistics: every number a reader sees, with where, when and how it was read.

Field descriptions are documentation: they appear in the JSON Schemas under data/schema/.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ..fields import ID_PATTERN, Id, Record, Text, Url
from ..places import COUNTRIES, CURRENCIES
from ..problems import did_you_mean
from .refs import LanguageRef, RoleRef, SourceRef, StatRef


class Source(Record):
    id: Id
    title: Text = Field(description="Title of the publication or page, as the publisher gives it.")
    publisher: Text = Field(description="Who publishes it, e.g. 'U.S. Bureau of Labor Statistics'.")
    url: Url = Field(description="Where a reader can check it.")
    kind: Literal["government-statistics", "survey", "salary-aggregator", "article", "documentation", "report"]
    cadence: Literal["monthly", "quarterly", "annual", "biennial", "irregular", "once"] = Field(
        description="How often the publisher releases a new edition; drives the 'may be outdated' flag."
    )
    retrieved: dt.date = Field(description="The date you last read this source (YYYY-MM-DD).")
    note: Text | None = Field(default=None, description="What to know about its method or coverage.")


class Spread(Record):
    """Percentiles around a median, as the source gives them; the median is the figure's value."""

    p10: float | None = None
    p25: float | None = None
    p75: float | None = None
    p90: float | None = None


PAY_UNITS = ("pay-per-year", "pay-per-month", "pay-per-hour")
CADENCED = ("monthly", "quarterly", "annual", "biennial")  # sources that publish on a schedule


def _known(kind: str, names: dict[str, str], example: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in names:
            raise ValueError(f"'{value}' is not a {kind} the handbook knows{did_you_mean(value, names)}; {example}")
        return value

    return AfterValidator(check)


Country = Annotated[
    str,
    _known("country code", COUNTRIES, "use an ISO 3166-1 alpha-2 code such as 'GB', or 'world' (macros/places.py)"),
    Field(
        description="ISO 3166-1 alpha-2 code of the country the figure describes (e.g. 'US', 'GB'), or 'world'.",
        json_schema_extra={"pattern": "^([A-Z]{2}|world)$"},
    ),
]
Currency = Annotated[
    str,
    _known("currency code", CURRENCIES, "use an ISO 4217 code such as 'EUR' (macros/places.py)"),
    Field(
        description="ISO 4217 code of the currency of a pay figure, e.g. 'USD', 'GBP', 'EUR'.",
        json_schema_extra={"pattern": "^[A-Z]{3}$"},
    ),
]


class Stat(Record):
    id: Id
    label: Text = Field(description="What the number is, in words a reader understands.")
    value: float = Field(description="The number exactly as the source gives it (percent as 62.3, not 0.623).")
    unit: Literal["pay-per-year", "pay-per-month", "pay-per-hour", "percent", "jobs", "openings-per-year", "people"] = (
        Field(description="What the value counts; pay units need a 'currency'.")
    )
    currency: Currency | None = None
    source: SourceRef
    url: Url | None = Field(default=None, description="Deep link to the page or table, if not the source's url.")
    country: Country
    geography: Text = Field(description="Where it applies, in words, e.g. 'United States' or 'worldwide'.")
    occupation: Text | None = Field(
        default=None,
        description="The official occupation and its code, or the category respondents chose, "
        "e.g. 'Software developers (SOC 15-1252)'.",
    )
    population: Text = Field(description="Who was counted, e.g. 'all survey respondents'.")
    respondents: int | None = Field(
        default=None, ge=1, description="For survey figures: how many people the figure rests on."
    )
    period: Text = Field(description="The period the figure describes, e.g. 'May 2024' or '2024-2034'.")
    released: dt.date | None = Field(
        default=None, description="When the source published this figure; with the cadence, tells when it ages."
    )
    undated_because: Text | None = Field(
        default=None,
        description="Why 'released' is missing, for a figure whose source publishes on a schedule.",
    )
    retrieved: dt.date = Field(description="The date you read the figure (YYYY-MM-DD).")
    access: Literal["first-hand", "quoted"] = Field(
        description="'first-hand' if read on the source itself; 'quoted' if read where someone else cited it."
    )
    via: SourceRef | list[SourceRef] | None = Field(
        default=None,
        description="For quoted figures: the source you read it in, or a list when parts came from several.",
    )
    spread: Spread | None = None
    series: Annotated[str, Field(pattern=ID_PATTERN)] | None = Field(
        default=None, description="Id shared by every edition of one measure, e.g. a median over the years."
    )
    year: int | None = Field(default=None, ge=1900, le=2100, description="The figure's place in its series.")
    superseded_by: StatRef | None = Field(
        default=None, description="The newer edition of this figure, when this record is kept as history."
    )
    roles: list[RoleRef] = Field(default_factory=list, description="Roles this figure is about.")
    languages: list[LanguageRef] = Field(default_factory=list, description="Languages this figure is about.")
    refresh_note: Text | None = Field(
        default=None,
        description="For a figure due for a refresh: where a newer edition was looked for, and what was found.",
    )
    note: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Stat:
        if self.access == "quoted" and not self.via:
            raise ValueError("a quoted figure needs 'via': the source you read it in")
        if self.unit in PAY_UNITS and self.currency is None:
            raise ValueError(f"a {self.unit} figure needs 'currency': an ISO 4217 code such as USD or EUR")
        if self.unit not in PAY_UNITS and self.currency is not None:
            raise ValueError(f"'currency' is only for pay figures, and this one is in {self.unit}; remove it")
        if self.released is not None and self.undated_because is not None:
            raise ValueError("give 'released' or 'undated_because', not both")
        if (self.series is None) != (self.year is None):
            raise ValueError("'series' and 'year' go together: a figure in a series needs both")
        if self.superseded_by == self.id:
            raise ValueError("'superseded_by' names the figure itself")
        if self.spread:
            order = [self.spread.p10, self.spread.p25, self.value, self.spread.p75, self.spread.p90]
            known = [v for v in order if v is not None]
            if known != sorted(known):
                raise ValueError("percentiles must rise: p10 <= p25 <= value (the median) <= p75 <= p90")
        return self

    @property
    def vias(self) -> list[str]:
        """The sources a quoted figure was read in, as a list."""
        return [self.via] if isinstance(self.via, str) else list(self.via or [])


class SourcesFile(Record):
    sources: list[Source]


class StatsFile(Record):
    stats: list[Stat]
