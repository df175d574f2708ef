"""Unit tests of loading, cross-referencing and looking up data."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.catalog import Catalog
from macros.problems import DataError, UnknownId


def test_loads_every_collection(good_data: Path) -> None:
    catalog = Catalog.load(good_data)
    assert [r.id for r in catalog.all("roles")] == ["backend", "frontend"]
    assert catalog.skill("sql").name == "SQL"
    assert catalog.stat("survey-pay-2025").spread.p75 == 120000


def test_lookup_of_unknown_id_names_the_closest(good_data: Path) -> None:
    catalog = Catalog.load(good_data)
    with pytest.raises(UnknownId, match=r"unknown role 'backnd' \(did you mean 'backend'\?\)"):
        catalog.role("backnd")


def test_queries_follow_references(good_data: Path) -> None:
    catalog = Catalog.load(good_data)
    assert [s.id for s in catalog.stats_for_role("backend")] == ["survey-pay-2025"]
    assert catalog.stats_for_role("frontend") == []
    assert [f.id for f in catalog.frameworks_for_language("python")] == ["django"]
    assert [r.id for r in catalog.roles_using_skill("graphql")] == ["backend", "frontend"]
    with pytest.raises(UnknownId):
        catalog.stats_for_role("nobody")


def test_records_are_read_only(good_data: Path) -> None:
    catalog = Catalog.load(good_data)
    with pytest.raises(Exception, match="frozen"):
        catalog.role("backend").name = "Changed"


def test_problems_in_several_files_are_reported_together(good_data: Path) -> None:
    text = (good_data / "roles.yml").read_text().replace("[http, sql, graphql]", "[http, sql, graphq]", 1)
    (good_data / "roles.yml").write_text(text)
    (good_data / "sources.yml").write_text((good_data / "sources.yml").read_text().replace("annual", "yearly"))
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert err.value.lines == [
        "data/sources.yml: sources[survey].cadence: 'yearly' is not one of "
        "'monthly', 'quarterly', 'annual', 'biennial', 'irregular' or 'once'",
        "data/roles.yml: roles[backend].skills[2]: unknown skill 'graphq' (did you mean 'graphql'?)",
    ]


def test_missing_file_is_reported(good_data: Path) -> None:
    (good_data / "languages.yml").unlink()
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert "data/languages.yml: file is missing" in err.value.lines


def test_headline_pay_must_be_a_yearly_salary(good_data: Path) -> None:
    text = (good_data / "stats.yml").read_text().replace("unit: usd-per-year", "unit: percent")
    (good_data / "stats.yml").write_text(text)
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert err.value.lines == ["data/roles.yml: roles[backend].pay: 'survey-pay-2025' is not a usd-per-year figure"]
