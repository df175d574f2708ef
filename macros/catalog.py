"""Load, validate and cross-check data/, once per build; look records up by id.

`Catalog.load` either returns a complete, consistent catalog or raises one
DataError listing every problem in every file. Lookups of unknown ids raise
UnknownId with the closest match, so a typo in a page fails the build.
"""

from __future__ import annotations

import contextlib
import types
import typing
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import learning_rules, models
from .datafiles import BY_NAME, DATA_FILES, FILE_OF, SINGULAR
from .fields import Ref
from .formatting import cadence
from .problems import Item, Problems, UnknownId, did_you_mean, format_path
from .validation import report
from .yamlload import read_yaml


class Catalog:
    """Every record of data/, by collection and id, in file order."""

    def __init__(self, files: dict[str, BaseModel]):
        self.files = files
        self._reads: set[str] | None = None
        self.collections: dict[str, dict[str, BaseModel]] = {}
        for root in files.values():
            for name, value in root:
                if isinstance(value, list) and all(hasattr(record, "id") for record in value):
                    self.collections[name] = {record.id: record for record in value}

    # --- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path, label_prefix: str = "data/") -> Catalog:
        problems = Problems()
        raws: dict[str, object] = {}
        roots: dict[str, BaseModel] = {}
        for path in sorted(data_dir.glob("*.y*ml")):
            if path.name not in BY_NAME:
                known = ", ".join(BY_NAME)
                problems.add(label_prefix + path.name, "", f"not a known data file (known: {known})")
        for data_file in DATA_FILES:
            name, model = data_file.name, data_file.model
            label = label_prefix + name
            path = data_dir / name
            if not path.is_file():
                problems.add(label, "", "file is missing")
                continue
            raw = read_yaml(path, label, problems)
            if raw is None:
                continue
            raws[name] = raw
            try:
                roots[name] = model.model_validate(raw)
            except ValidationError as err:
                report(err, model, raw, label, problems)
        _check_unique_ids(raws, label_prefix, problems)
        # references are checked even when other files failed, so one run reports everything
        catalog = cls(roots)
        catalog._check_references(label_prefix, problems)
        if not problems:
            catalog._check_rules(label_prefix, problems)
        problems.raise_if_any()
        return catalog

    def _check_references(self, label_prefix: str, problems: Problems) -> None:
        for name, root in self.files.items():
            for path, target, value in _references(root, ()):
                if target not in self.collections:
                    continue  # its file failed to load; that failure is already reported
                known = self.collections[target]
                if value not in known:
                    what = SINGULAR.get(target, target)
                    problems.add(
                        label_prefix + name, format_path(path), f"unknown {what} '{value}'{did_you_mean(value, known)}"
                    )

    def _check_rules(self, label_prefix: str, problems: Problems) -> None:
        """Rules that span records, beyond types and references."""
        learning_rules.check(self, problems.add, label_prefix)
        roles, stats = label_prefix + "roles.yml", label_prefix + "stats.yml"
        for role in self.all("roles"):
            if role.pay and self.stat(role.pay).unit != "pay-per-year":
                problems.add(roles, f"roles[{role.id}].pay", f"'{role.pay}' is not a pay-per-year figure")
            if role.outlook and self.stat(role.outlook).unit != "percent":
                problems.add(roles, f"roles[{role.id}].outlook", f"'{role.outlook}' is not a percentage")
        for stat in self.all("stats"):
            source = self.source(stat.source)
            if source.cadence in models.CADENCED and stat.released is None and stat.undated_because is None:
                problems.add(
                    stats,
                    f"stats[{stat.id}].released",
                    f"missing: source '{source.id}' publishes {cadence(source.cadence)}; give the day it "
                    "published this figure, or say why it is unknown in 'undated_because'",
                )
            if stat.superseded_by and (newer := self.stat(stat.superseded_by)).unit != stat.unit:
                problems.add(
                    stats, f"stats[{stat.id}].superseded_by", f"'{newer.id}' is in {newer.unit}, not {stat.unit}"
                )
        _check_chains(self.all("stats"), stats, problems)

    # --- lookups ---------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[set[str]]:
        """Collect the data files whose records are looked up inside the block (for "last updated")."""
        self._reads = reads = set[str]()
        try:
            yield reads
        finally:
            self._reads = None

    def roots(self) -> dict[str, BaseModel]:
        """Every file's root record, by file name (reading all of them)."""
        if self._reads is not None:
            self._reads.update(self.files)
        return self.files

    def _read(self, collection: str) -> None:
        if self._reads is not None:
            self._reads.add(FILE_OF[collection])

    def get(self, collection: str, ident: str) -> BaseModel:
        self._read(collection)
        records = self.collections[collection]
        if ident not in records:
            raise UnknownId(SINGULAR.get(collection, collection), ident, records)
        return records[ident]

    def all(self, collection: str) -> list:
        self._read(collection)
        return list(self.collections[collection].values())

    def role(self, ident: str) -> models.Role:
        return typing.cast(models.Role, self.get("roles", ident))

    def skill(self, ident: str) -> models.Skill:
        return typing.cast(models.Skill, self.get("skills", ident))

    def language(self, ident: str) -> models.Language:
        return typing.cast(models.Language, self.get("languages", ident))

    def framework(self, ident: str) -> models.Framework:
        return typing.cast(models.Framework, self.get("frameworks", ident))

    def source(self, ident: str) -> models.Source:
        return typing.cast(models.Source, self.get("sources", ident))

    def stat(self, ident: str) -> models.Stat:
        return typing.cast(models.Stat, self.get("stats", ident))

    def stage(self, ident: str) -> models.Stage:
        return typing.cast(models.Stage, self.get("stages", ident))

    def project(self, ident: str) -> models.Project:
        return typing.cast(models.Project, self.get("projects", ident))

    def course(self, ident: str) -> models.Course:
        return typing.cast(models.Course, self.get("courses", ident))

    def series(self, ident: str) -> list[models.Stat]:
        """Every point of a series, oldest first."""
        points = sorted((s for s in self.all("stats") if s.series == ident), key=lambda s: s.year or 0)
        if not points:
            raise UnknownId("series", ident, {s.series for s in self.all("stats") if s.series})
        return points

    def successor(self, stat: models.Stat) -> models.Stat | None:
        """The record that replaces `stat`: its `superseded_by`, or the next year of its series."""
        if stat.superseded_by:
            return self.stat(stat.superseded_by)
        if stat.series:
            later = [s for s in self.series(stat.series) if (s.year or 0) > (stat.year or 0)]
            return later[0] if later else None
        return None

    def newest(self, stat: models.Stat) -> models.Stat:
        """The latest edition of `stat` that the handbook holds (itself if none is newer)."""
        while (newer := self.successor(stat)) is not None:
            stat = newer
        return stat

    def current(self, stats: list[models.Stat]) -> list[models.Stat]:
        """Only the figures no newer record replaces: what a page about today should show."""
        return [s for s in stats if self.successor(s) is None]

    def stats_for_role(self, role_id: str) -> list[models.Stat]:
        self.role(role_id)
        return [s for s in self.all("stats") if role_id in s.roles]

    def stats_for_language(self, language_id: str) -> list[models.Stat]:
        self.language(language_id)
        return [s for s in self.all("stats") if language_id in s.languages]

    def skills_in_group(self, group_id: str) -> list[models.Skill]:
        self.get("groups", group_id)
        return [s for s in self.all("skills") if s.group == group_id]

    def frameworks_for_language(self, language_id: str) -> list[models.Framework]:
        self.language(language_id)
        return [f for f in self.all("frameworks") if language_id in f.languages]

    def roles_using_skill(self, skill_id: str) -> list[models.Role]:
        self.skill(skill_id)
        return [r for r in self.all("roles") if skill_id in r.skills or skill_id in r.nice_to_have]


def _check_chains(stats: list[models.Stat], label: str, problems: Problems) -> None:
    """Editions form lines, never loops, and the points of a series agree on what they measure."""
    by_id = {s.id: s for s in stats}
    for stat in stats:
        seen, here = {stat.id}, stat
        while here.superseded_by and here.superseded_by in by_id:
            here = by_id[here.superseded_by]
            if here.id in seen:
                problems.add(label, f"stats[{stat.id}].superseded_by", "the chain of newer editions loops back")
                break
            seen.add(here.id)
    series: dict[str, list[models.Stat]] = {}
    for stat in stats:
        if stat.series:
            series.setdefault(stat.series, []).append(stat)
    for name, points in series.items():
        first = points[0]
        for point in points[1:]:
            for field in ("unit", "currency", "country"):
                if getattr(point, field) != getattr(first, field):
                    problems.add(
                        label,
                        f"stats[{point.id}].{field}",
                        f"series '{name}' mixes {getattr(first, field)} ('{first.id}') "
                        f"and {getattr(point, field)}; a series measures one thing",
                    )
            twin = next((p for p in points if p.year == point.year and p is not point), None)
            if twin and points.index(twin) < points.index(point):
                problems.add(
                    label, f"stats[{point.id}].year", f"{point.year} is already in series '{name}' ('{twin.id}')"
                )


def _check_unique_ids(raws: dict[str, object], label_prefix: str, problems: Problems) -> None:
    """Ids are unique within a collection; checked on raw data so all duplicates show."""
    for name, raw in raws.items():
        if not isinstance(raw, dict):
            continue
        for collection, items in raw.items():
            if not isinstance(items, list):
                continue
            seen: set[str] = set()
            for item in items:
                ident = item.get("id") if isinstance(item, dict) else None
                if isinstance(ident, str) and ident in seen:
                    problems.add(label_prefix + name, f"{collection}[{ident}]", f"duplicate id '{ident}'")
                elif isinstance(ident, str):
                    seen.add(ident)


def _references(model: BaseModel, path: tuple) -> Iterator[tuple[tuple, str, str]]:
    """Yield (path, collection, id) for every Ref-marked field, however deeply nested."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        target = _ref_target(info.metadata) or _ref_target_of_optional(info.annotation)
        if target and isinstance(value, str):
            yield (*path, name), target, value
            continue
        if isinstance(value, BaseModel):
            yield from _references(value, (*path, name))
        elif isinstance(value, list):
            item_target = _ref_target_of_list(info.annotation)
            for index, item in enumerate(value):
                label = Item(getattr(item, "id", index))
                if isinstance(item, BaseModel):
                    yield from _references(item, (*path, name, label))
                elif item_target:
                    yield (*path, name, Item(index)), item_target, item


def _ref_target(metadata: list) -> str | None:
    return next((m.collection for m in metadata if isinstance(m, Ref)), None)


def _ref_target_of_optional(annotation: object) -> str | None:
    """For `Annotated[str, Ref(...)] | None` return the Ref's collection."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if typing.get_origin(arg) is typing.Annotated:
                return _ref_target(list(arg.__metadata__))
    return None


def _ref_target_of_list(annotation: object) -> str | None:
    """For `list[Annotated[str, Ref(...)]]` return the Ref's collection."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return next((t for a in typing.get_args(annotation) if (t := _ref_target_of_list(a))), None)
    if typing.get_origin(annotation) is list:
        (inner,) = typing.get_args(annotation)
        if typing.get_origin(inner) is typing.Annotated:
            return _ref_target(list(inner.__metadata__))
    return None
