"""Typed models of the handbook's content files: skills, languages, roles and the rest.

Field descriptions are documentation: they appear in the JSON Schemas under data/schema/,
so editors show them while a contributor types.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator

from ..fields import Id, Record, Text, Url
from .refs import (
    FrameworkRef,
    LanguageRef,
    LevelRef,
    RoleRef,
    SkillGroupRef,
    SkillRef,
    StatRef,
    TermRef,
)

# --- skills -------------------------------------------------------------------


class Resource(Record):
    title: Text
    url: Url
    type: Literal["docs", "course", "book", "video", "article", "tool"]
    cost: Literal["free", "free-with-sign-up", "paid"]
    by: Text | None = Field(default=None, description="Author or publisher.")


class LevelText(Record):
    junior: Text
    mid: Text
    senior: Text


class SkillGroup(Record):
    id: Id
    name: Text
    summary: Text


class Skill(Record):
    id: Id
    name: Text
    group: SkillGroupRef
    summary: Text = Field(description="What it is, in one or two sentences.")
    why: Text = Field(description="Why it matters at work.")
    levels: LevelText = Field(description="What junior, mid and senior look like for this skill.")
    resources: list[Resource] = Field(min_length=2, max_length=5)
    aliases: list[Text] = Field(default_factory=list, description="Other names readers search for.")


class SkillsFile(Record):
    groups: list[SkillGroup]
    skills: list[Skill]


# --- languages and frameworks -------------------------------------------------


class Language(Record):
    id: Id
    name: Text
    aliases: list[Text] = Field(default_factory=list, description="Other names readers search for, e.g. 'JS'.")
    summary: Text
    typing: Literal["static", "dynamic", "gradual"]
    paradigms: list[Text] = Field(min_length=1)
    learning_curve: Literal["gentle", "moderate", "steep"]
    used_for: list[Text] = Field(min_length=1)
    roles: list[RoleRef] = Field(min_length=1)
    first_appeared: int = Field(ge=1950, le=2100)
    website: Url


class Framework(Record):
    id: Id
    name: Text
    kind: Literal["frontend", "backend", "full-stack", "mobile", "database"]
    aliases: list[Text] = Field(default_factory=list, description="Other names readers search for, e.g. 'ReactJS'.")
    summary: Text
    languages: list[LanguageRef] = Field(min_length=1)
    roles: list[RoleRef] = Field(min_length=1)
    website: Url


class LanguagesFile(Record):
    languages: list[Language]


class FrameworksFile(Record):
    frameworks: list[Framework]


# --- roles --------------------------------------------------------------------


class Role(Record):
    id: Id
    name: Text
    aka: list[Text] = Field(default_factory=list, description="Other titles and spellings, e.g. 'back-end engineer'.")
    summary: Text = Field(description="One sentence: what this person builds.")
    responsibilities: list[Text] = Field(min_length=3)
    skills: list[SkillRef] = Field(min_length=3, description="Core skills, in the order a learner meets them.")
    nice_to_have: list[SkillRef] = Field(default_factory=list)
    languages: list[LanguageRef] = Field(min_length=1)
    frameworks: list[FrameworkRef] = Field(default_factory=list)
    tools: list[Text] = Field(default_factory=list)
    related: list[RoleRef] = Field(default_factory=list)
    works_with: Text = Field(description="Who they work with most, in a sentence.")
    pay: StatRef | None = Field(
        default=None, description="The headline pay figure for the role card and comparisons (a pay-per-year stat)."
    )
    outlook: StatRef | None = Field(
        default=None, description="The headline job-outlook figure for comparisons (a projected growth, in percent)."
    )
    easy_to_overlook: Text = Field(
        description="What the job involves that newcomers often do not weigh, in a sentence or two "
        "(the role-fit guide shows it beside each result)."
    )


class RolesFile(Record):
    roles: list[Role]


# --- databases ----------------------------------------------------------------


class Database(Record):
    id: Id
    name: Text
    model: Literal["relational", "document", "key-value", "wide-column", "graph", "search"]
    aliases: list[Text] = Field(default_factory=list, description="Other names readers search for, e.g. 'Postgres'.")
    summary: Text
    good_for: list[Text] = Field(min_length=1)
    watch_out: Text = Field(description="The main trade-off or pitfall, in a sentence or two.")
    roles: list[RoleRef] = Field(min_length=1)
    languages: list[LanguageRef] = Field(default_factory=list, description="Query languages, e.g. [sql].")
    licence: Text = Field(description="Licence or availability, e.g. 'open source (PostgreSQL licence)'.")
    website: Url


class DatabasesFile(Record):
    databases: list[Database]


# --- glossary -----------------------------------------------------------------

# a term is matched literally in every page to add a tooltip; keep it to plain characters
TermText = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9/+#. -]*$")]


class Term(Record):
    id: Id
    term: TermText = Field(description="The word or abbreviation as written in text, e.g. 'API' or 'CI/CD'.")
    expansion: Text | None = Field(default=None, description="What an abbreviation stands for.")
    aliases: list[Text] = Field(default_factory=list, description="Other names readers search for, e.g. 'k8s'.")
    definition: Text = Field(description="One to three plain sentences.")
    tooltip: bool = Field(
        default=False, description="Show the expansion as a tooltip wherever the term appears (abbreviations only)."
    )
    related: list[TermRef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _tooltip_needs_expansion(self) -> Term:
        if self.tooltip and not self.expansion:
            raise ValueError("a term with tooltip: true needs an 'expansion' to show")
        return self


class GlossaryFile(Record):
    terms: list[Term]


# --- certifications -----------------------------------------------------------


class Certification(Record):
    id: Id
    name: Text = Field(description="Name as the issuer gives it.")
    issuer: Text
    url: Url = Field(description="The issuer's own page for it (no affiliate or tracking links).")
    focus: Text = Field(description="What it covers, in a sentence.")
    roles: list[RoleRef] = Field(min_length=1)
    format: Literal["self-paced-course", "instructor-led-course", "proctored-exam", "course-and-exam"]
    cost_model: Literal["free", "subscription", "one-off-fee", "exam-fee", "free-to-audit"]
    cost_note: Text | None = Field(default=None, description="Price details as stated by the issuer, with currency.")
    hours: Text | None = Field(default=None, description="Time needed, as stated by the issuer, in their words.")
    proves: Text = Field(description="What passing it shows an employer.")
    does_not_prove: Text = Field(description="What it does not show.")
    checked: dt.date = Field(description="When you last checked the details (YYYY-MM-DD).")
    checked_against: Literal["issuer", "third-party"] = Field(
        default="issuer",
        description="'issuer' if you read the details on the issuer's own page; 'third-party' if only in others' "
        "descriptions (the page then asks readers to confirm with the issuer).",
    )


class CertificationsFile(Record):
    certifications: list[Certification]


# --- career ladder and paths into the field -----------------------------------


class Level(Record):
    id: Id
    name: Text
    track: Literal["individual-contributor", "management"]
    aliases: list[Text] = Field(default_factory=list, description="Other titles readers use, e.g. 'junior developer'.")
    scope: Text = Field(description="The size of problem this level owns.")
    expectations: list[Text] = Field(min_length=2)
    signals: list[Text] = Field(min_length=1, description="Signs someone is working at the next level.")
    next: list[LevelRef] = Field(default_factory=list)


class Move(Record):
    id: Id
    from_role: RoleRef
    to_role: RoleRef
    carries_over: Text
    to_learn: list[SkillRef] = Field(min_length=1)
    note: Text | None = None


class LadderFile(Record):
    levels: list[Level]
    moves: list[Move]


class Path(Record):
    id: Id
    name: Text
    summary: Text
    time: Text = Field(description="Typical time, in words; figures only if sourced in the page's prose.")
    cost: Text = Field(description="Typical cost, in words; figures only if sourced in the page's prose.")
    proves: Text
    does_not_prove: Text
    best_for: Text


class PathsFile(Record):
    paths: list[Path]
