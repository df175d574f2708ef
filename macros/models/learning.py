"""Typed models of the learning data: courses and their stated hours (effort.yml), roadmap stages
(roadmaps.yml), project briefs (projects.yml) and the role-fit questions (role_fit.yml).

Field descriptions are documentation: they appear in the JSON Schemas under data/schema/, so
editors show them while a contributor types. Rules that span records (prerequisite cycles, a
role's core skills covered by its stages, effort within its basis) are in roadmap_rules.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from ..fields import Id, Record, Text, Url
from .refs import CourseRef, ProjectRef, RoleRef, SkillRef, StageRef

# --- courses: the basis of every time estimate ---------------------------------


class Hours(Record):
    """A range of hours; a single stated figure has low equal to high."""

    low: int = Field(ge=0, le=5000)
    high: int = Field(ge=0, le=5000)

    @model_validator(mode="after")
    def _low_not_above_high(self) -> Hours:
        if self.low > self.high:
            raise ValueError(f"low ({self.low}) is above high ({self.high})")
        return self


class QuotedIn(Record):
    name: Text = Field(description="The page you read the statement on, as its publisher names it.")
    url: Url


class Course(Record):
    id: Id
    name: Text = Field(description="The course or programme, as its issuer names it.")
    issuer: Text
    url: Url = Field(description="The issuer's page that states the time.")
    stated: Text = Field(description="The issuer's statement of time, short: numbers and units as they give them.")
    hours: Hours = Field(description="What the statement comes to in hours.")
    arithmetic: Text | None = Field(
        default=None, description="How the statement became hours, when it is not already in hours."
    )
    skills: list[SkillRef] = Field(min_length=1, description="Skills it teaches.")
    retrieved: dt.date = Field(description="The day you read the statement (YYYY-MM-DD).")
    access: Literal["first-hand", "quoted"] = Field(
        description="'first-hand' if read on the issuer's own page or repository; 'quoted' if read elsewhere."
    )
    via: QuotedIn | None = Field(default=None, description="For quoted statements: where you read it.")
    programme_for: list[RoleRef] = Field(
        default_factory=list,
        description="For a whole programme: the roles whose roadmap it covers (shown beside the roadmap's total).",
    )

    @model_validator(mode="after")
    def _quoted_needs_via(self) -> Course:
        if self.access == "quoted" and self.via is None:
            raise ValueError("a quoted statement needs 'via': the page you read it on")
        return self


class EffortFile(Record):
    courses: list[Course]


# --- roadmap stages --------------------------------------------------------------


class Effort(Record):
    low: int = Field(ge=0, description="Hours, the low end: at least the smallest of the basis courses' hours.")
    high: int = Field(ge=0, description="Hours, the high end: at most the largest of the basis courses' hours.")
    basis: list[CourseRef] = Field(
        default_factory=list, description="The courses whose stated hours the range rests on (one or more)."
    )

    @model_validator(mode="after")
    def _sourced_range(self) -> Effort:
        if self.low > self.high:
            raise ValueError(f"low ({self.low}) is above high ({self.high})")
        if not self.basis:
            raise ValueError(
                "an effort needs a basis: the ids of the courses in effort.yml whose stated hours it rests on"
            )
        return self


class Stage(Record):
    id: Id
    role: RoleRef = Field(description="The role whose roadmap this stage belongs to.")
    name: Text
    outcome: Text = Field(description="What you can do at the end of the stage, in the second person.")
    skills: list[SkillRef] = Field(min_length=1, description="The skills the stage covers.")
    after: list[StageRef] = Field(default_factory=list, description="Earlier stages of the same role that come first.")
    assumes: list[SkillRef] = Field(
        default_factory=list, description="Skills learned elsewhere that the stage builds on (optional)."
    )
    projects: list[ProjectRef] = Field(min_length=1, description="Projects that prove the stage's skills.")
    effort: Effort


class RoadmapsFile(Record):
    stages: list[Stage]


# --- project briefs --------------------------------------------------------------


class Project(Record):
    id: Id
    title: Text
    level: Literal["beginner", "intermediate", "advanced"]
    roles: list[RoleRef] = Field(min_length=1, description="The roles it is written for; the first is the main one.")
    summary: Text = Field(description="One sentence: what you build.")
    brief: Text = Field(description="The situation, who uses it, what to build, and what makes it realistic.")
    skills: list[SkillRef] = Field(min_length=1, description="Skills it practises.")
    done: list[Text] = Field(min_length=3, max_length=6, description="Checkable criteria: what done looks like.")
    stretch: list[Text] = Field(min_length=1, max_length=3, description="Optional extensions.")
    shows: Text = Field(description="What finishing it shows an employer.")


class ProjectsFile(Record):
    projects: list[Project]


# --- the role-fit guide ----------------------------------------------------------


class ScalePoint(Record):
    value: int = Field(ge=-2, le=2)
    label: Text


class Point(Record):
    role: RoleRef
    weight: int = Field(ge=-2, le=2, description="How strongly agreeing points to (or away from) the role.")
    because: Text = Field(description="Why, in words a reader can check against the role's page.")

    @model_validator(mode="after")
    def _not_zero(self) -> Point:
        if self.weight == 0:
            raise ValueError("a weight of 0 points nowhere: leave the role out instead")
        return self


class Question(Record):
    id: Id
    text: Text = Field(description="A first-person statement the reader agrees or disagrees with.")
    points: list[Point] = Field(min_length=2, max_length=5)


class RoleFitFile(Record):
    scale: list[ScalePoint] = Field(min_length=3, max_length=7, description="The answers, from disagree to agree.")
    questions: list[Question] = Field(min_length=12, max_length=20)
