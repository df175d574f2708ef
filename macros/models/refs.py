"""Ids that point at a record in another collection: the build checks each one exists."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..fields import ID_PATTERN, Ref

RoleRef = Annotated[str, Ref("roles"), Field(pattern=ID_PATTERN, description="Id of a role in roles.yml.")]
SkillRef = Annotated[str, Ref("skills"), Field(pattern=ID_PATTERN, description="Id of a skill in skills.yml.")]
SkillGroupRef = Annotated[
    str, Ref("groups"), Field(pattern=ID_PATTERN, description="Id of a skill group in skills.yml.")
]
LanguageRef = Annotated[
    str, Ref("languages"), Field(pattern=ID_PATTERN, description="Id of a language in languages.yml.")
]
FrameworkRef = Annotated[
    str, Ref("frameworks"), Field(pattern=ID_PATTERN, description="Id of a framework in frameworks.yml.")
]
SourceRef = Annotated[str, Ref("sources"), Field(pattern=ID_PATTERN, description="Id of a source in sources.yml.")]
StatRef = Annotated[str, Ref("stats"), Field(pattern=ID_PATTERN, description="Id of a statistic in stats.yml.")]
TermRef = Annotated[str, Ref("terms"), Field(pattern=ID_PATTERN, description="Id of a term in glossary.yml.")]
LevelRef = Annotated[str, Ref("levels"), Field(pattern=ID_PATTERN, description="Id of a level in ladder.yml.")]
CourseRef = Annotated[str, Ref("courses"), Field(pattern=ID_PATTERN, description="Id of a course in effort.yml.")]
StageRef = Annotated[str, Ref("stages"), Field(pattern=ID_PATTERN, description="Id of a stage in roadmaps.yml.")]
ProjectRef = Annotated[str, Ref("projects"), Field(pattern=ID_PATTERN, description="Id of a project in projects.yml.")]
