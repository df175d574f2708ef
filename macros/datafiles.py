"""The data collections, named once: each file in data/, its root model, the singular name of
each collection it holds, and what the build publishes for it.

Adding a collection is one entry here plus its model in models/ (facts.py or content.py);
the loader, the JSON Schemas, the open data and the tests all read this list.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import models
from .fields import Record

OPEN_DATA_VERSION = "v1"
OPEN_DATA_DIR = f"data/{OPEN_DATA_VERSION}"  # in the built site


@dataclass(frozen=True)
class DataFile:
    name: str  # file name in data/, e.g. "roles.yml"
    model: type[Record]
    singular: dict[str, str]  # collection -> its name in messages: "unknown skill 'graphq'"

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".yml")

    @property
    def json_name(self) -> str:
        return f"{self.stem}.json"

    @property
    def schema_name(self) -> str:
        return f"{self.stem}.schema.json"


# the order is the order of loading, reporting and publishing
DATA_FILES: tuple[DataFile, ...] = (
    DataFile("sources.yml", models.SourcesFile, {"sources": "source"}),
    DataFile("stats.yml", models.StatsFile, {"stats": "statistic"}),
    DataFile("skills.yml", models.SkillsFile, {"groups": "skill group", "skills": "skill"}),
    DataFile("languages.yml", models.LanguagesFile, {"languages": "language"}),
    DataFile("frameworks.yml", models.FrameworksFile, {"frameworks": "framework"}),
    DataFile("roles.yml", models.RolesFile, {"roles": "role"}),
    DataFile("databases.yml", models.DatabasesFile, {"databases": "database"}),
    DataFile("glossary.yml", models.GlossaryFile, {"terms": "glossary term"}),
    DataFile("certifications.yml", models.CertificationsFile, {"certifications": "certification"}),
    DataFile("ladder.yml", models.LadderFile, {"levels": "level", "moves": "move"}),
    DataFile("paths.yml", models.PathsFile, {"paths": "path"}),
    DataFile("effort.yml", models.EffortFile, {"courses": "course"}),
    DataFile("projects.yml", models.ProjectsFile, {"projects": "project"}),
    DataFile("roadmaps.yml", models.RoadmapsFile, {"stages": "stage"}),
    DataFile("role_fit.yml", models.RoleFitFile, {"questions": "question"}),
)

BY_NAME: dict[str, DataFile] = {f.name: f for f in DATA_FILES}
SINGULAR: dict[str, str] = {c: s for f in DATA_FILES for c, s in f.singular.items()}
FILE_OF: dict[str, str] = {c: f.name for f in DATA_FILES for c in f.singular}  # collection -> its file
