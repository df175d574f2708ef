"""Typed models of the files in data/: one root model per file (named in macros/datafiles.py).

`facts` holds sources and statistics, `content` everything else; `refs` the ids that point
from one collection to another. Everything is re-exported here, so `models.Role` works.
"""

from __future__ import annotations

from .content import (
    Certification,
    CertificationsFile,
    Database,
    DatabasesFile,
    Framework,
    FrameworksFile,
    GlossaryFile,
    LadderFile,
    Language,
    LanguagesFile,
    Level,
    LevelText,
    Move,
    Path,
    PathsFile,
    Resource,
    Role,
    RolesFile,
    Skill,
    SkillGroup,
    SkillsFile,
    Term,
)
from .facts import CADENCED, PAY_UNITS, Source, SourcesFile, Spread, Stat, StatsFile

__all__ = [
    "CADENCED",
    "PAY_UNITS",
    "Certification",
    "CertificationsFile",
    "Database",
    "DatabasesFile",
    "Framework",
    "FrameworksFile",
    "GlossaryFile",
    "LadderFile",
    "Language",
    "LanguagesFile",
    "Level",
    "LevelText",
    "Move",
    "Path",
    "PathsFile",
    "Resource",
    "Role",
    "RolesFile",
    "Skill",
    "SkillGroup",
    "SkillsFile",
    "Source",
    "SourcesFile",
    "Spread",
    "Stat",
    "StatsFile",
    "Term",
]
