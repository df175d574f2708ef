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
    assert [s.id for s in catalog.stats_for_role("backend")] == [
        "survey-pay-2025",
        "survey-pay-world-2025",
        "office-pay-2025",
    ]
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
    (good_data / "sources.yml").write_text((good_data / "sources.yml").read_text().replace("annual", "yearly", 1))
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
    text = (good_data / "stats.yml").read_text().replace("unit: pay-per-year", "unit: pay-per-month", 1)
    text = text.replace("unit: pay-per-year", "unit: pay-per-month", 1)  # its series agrees
    (good_data / "stats.yml").write_text(text)
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert err.value.lines == ["data/roles.yml: roles[backend].pay: 'survey-pay-2025' is not a pay-per-year figure"]


def test_editions_form_a_line_to_the_newest(good_data: Path) -> None:
    catalog = Catalog.load(good_data)
    old, new = catalog.stat("survey-pay-2024"), catalog.stat("survey-pay-2025")
    assert [s.id for s in catalog.series("survey-pay")] == ["survey-pay-2024", "survey-pay-2025"]
    assert catalog.successor(old) is new and catalog.successor(new) is None
    assert catalog.newest(old) is new
    assert catalog.stat("survey-pay-world-2025").vias == ["blog", "magazine"]
    assert [s.id for s in catalog.current(catalog.all("stats"))] == [
        "survey-pay-2025",
        "survey-pay-world-2025",
        "office-pay-2025",
    ]
    with pytest.raises(UnknownId, match="unknown series 'survey-py'"):
        catalog.series("survey-py")


def test_newer_editions_never_loop(good_data: Path) -> None:
    text = (good_data / "stats.yml").read_text()
    text = text.replace("    series: survey-pay\n    year: 2025\n", "    superseded_by: office-pay-2025\n")
    text = text.replace("    series: survey-pay\n    year: 2024\n", "")
    text = text.replace(
        "    roles: [backend]\n    refresh_note:",
        "    superseded_by: survey-pay-2025\n    roles: [backend]\n    refresh_note:",
    )
    (good_data / "stats.yml").write_text(text)
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert err.value.lines == [
        "data/stats.yml: stats[survey-pay-2025].superseded_by: the chain of newer editions loops back",
        "data/stats.yml: stats[office-pay-2025].superseded_by: the chain of newer editions loops back",
    ]


def test_a_newer_edition_measures_the_same_thing(good_data: Path) -> None:
    text = (good_data / "stats.yml").read_text()
    text = text.replace("    series: survey-pay\n    year: 2024\n", "    superseded_by: survey-pay-2025\n")
    text = text.replace("value: 95000\n    unit: pay-per-year\n    currency: USD", "value: 12\n    unit: percent")
    text = text.replace("    spread: {p25: 75000, p75: 115000}\n", "")
    (good_data / "stats.yml").write_text(text)
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert err.value.lines == [
        "data/stats.yml: stats[survey-pay-2024].superseded_by: 'survey-pay-2025' is in pay-per-year, not percent"
    ]


def test_a_series_measures_one_thing(good_data: Path) -> None:
    text = (good_data / "stats.yml").read_text().replace("    year: 2024\n", "    year: 2025\n")
    text = text.replace(
        "value: 95000\n    unit: pay-per-year\n    currency: USD",
        "value: 95000\n    unit: pay-per-year\n    currency: GBP",
    )
    (good_data / "stats.yml").write_text(text)
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    assert err.value.lines == [
        "data/stats.yml: stats[survey-pay-2024].currency: series 'survey-pay' mixes USD ('survey-pay-2025') "
        "and GBP; a series measures one thing",
        "data/stats.yml: stats[survey-pay-2024].year: 2025 is already in series 'survey-pay' ('survey-pay-2025')",
    ]
