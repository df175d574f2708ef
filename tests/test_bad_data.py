"""One test per kind of bad data: each fixture in tests/fixtures/bad/<case>/ replaces
files of the good data set, and the report must contain the exact line below.

The same cases then go through the real `mkdocs build`, which must fail with
the same lines and no Python traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, copy_project, mkdocs_build
from macros.catalog import Catalog
from macros.datafiles import BY_NAME
from macros.problems import DataError

EXPECTED = {
    "unknown-field": [
        "data/roles.yml: roles[backend]: unknown field 'sumary' (did you mean 'summary'?)",
        "data/roles.yml: roles[backend]: missing required field 'summary' (One sentence: what this person builds)",
    ],
    "wrong-type": ["data/stats.yml: stats[survey-pay-2025].value: expected a number, got text '100000'"],
    "missing-field": ["data/languages.yml: languages[python]: missing required field 'typing'"],
    "duplicate-key": [
        "data/roles.yml: roles[backend]: duplicate key 'name' on line 5 (first on line 3); "
        "the second would silently replace the first"
    ],
    "duplicate-id": ["data/frameworks.yml: frameworks[django]: duplicate id 'django'"],
    "dangling-reference": [
        "data/roles.yml: roles[backend].skills[2]: unknown skill 'graphq' (did you mean 'graphql'?)"
    ],
    "javascript-link": [
        "data/frameworks.yml: frameworks[django].website: "
        "link must be an http(s) address starting with https://, got 'javascript:alert(1)'"
    ],
    "data-link": [
        "data/sources.yml: sources[survey].url: "
        "link must be an http(s) address starting with https://, got 'data:text/html,<script>alert(1)</script>'"
    ],
    "relative-link": [
        "data/languages.yml: languages[python].website: "
        "link must be an http(s) address starting with https://, got '../python.html'"
    ],
    "stat-without-source": [
        "data/stats.yml: stats[survey-pay-2025]: missing required field 'source' (Id of a source in sources.yml)"
    ],
    "source-without-retrieved": [
        "data/sources.yml: sources[survey]: missing required field 'retrieved' "
        "(The date you last read this source (YYYY-MM-DD))"
    ],
    "quoted-without-via": [
        "data/stats.yml: stats[survey-pay-2025]: a quoted figure needs 'via': the source you read it in"
    ],
    # figures: dated or saying why, in a currency when they are pay, placed in a known country
    "missing-released": [
        "data/stats.yml: stats[survey-pay-2025].released: missing: source 'survey' publishes every year; "
        "give the day it published this figure, or say why it is unknown in 'undated_because'"
    ],
    "released-and-undated": ["data/stats.yml: stats[survey-pay-2025]: give 'released' or 'undated_because', not both"],
    "pay-without-currency": [
        "data/stats.yml: stats[survey-pay-2025]: a pay-per-year figure needs 'currency': "
        "an ISO 4217 code such as USD or EUR"
    ],
    "currency-on-percent": [
        "data/stats.yml: stats[survey-pay-2025]: 'currency' is only for pay figures, and this one is in percent; "
        "remove it"
    ],
    "unknown-country": [
        "data/stats.yml: stats[survey-pay-2025].country: 'UK' is not a country code the handbook knows; "
        "use an ISO 3166-1 alpha-2 code such as 'GB', or 'world' (macros/places.py)"
    ],
    "series-without-year": [
        "data/stats.yml: stats[survey-pay-2025]: 'series' and 'year' go together: a figure in a series needs both"
    ],
    "percentiles-out-of-order": [
        "data/stats.yml: stats[survey-pay-2025]: percentiles must rise: p10 <= p25 <= value (the median) <= p75 <= p90"
    ],
    "bad-choice": [
        "data/sources.yml: sources[survey].cadence: 'anual' is not one of "
        "'monthly', 'quarterly', 'annual', 'biennial', 'irregular' or 'once' (did you mean 'annual'?)"
    ],
    "bad-id": [
        "data/skills.yml: skills[Rest APIs].id: 'Rest APIs' is not a valid id: "
        "use lowercase letters, digits and single hyphens, e.g. 'data-engineer'"
    ],
    "empty-file": ["data/roles.yml: file is empty"],
    "tabs": [
        "data/roles.yml: line 2, column 1: invalid YAML: a tab character where YAML needs spaces; "
        "indent with spaces, not tabs"
    ],
    "not-utf8": ["data/sources.yml: line 3: not valid UTF-8 (byte 0xe9); save the file as UTF-8"],
    "top-level-list": ["data/frameworks.yml: expected a mapping at the top level, got a list"],
    "unknown-file": [f"data/salaries.yml: not a known data file (known: {', '.join(BY_NAME)})"],
    # hostile YAML: refused while reading the parser's events, before anything is built from them
    "yaml-alias": [
        "data/roles.yml: line 5: anchor '&summary': YAML anchors are not allowed; write each value out",
        "data/roles.yml: line 16: alias '*summary': YAML aliases are not allowed; write the value out",
    ],
    "yaml-recursive-alias": [  # would crash the loader with a RecursionError
        "data/roles.yml: line 4: anchor '&loop': YAML anchors are not allowed; write each value out",
        "data/roles.yml: line 4: alias '*loop': YAML aliases are not allowed; write the value out",
    ],
    "yaml-alias-bomb": [  # would expand to a billion strings
        "data/roles.yml: line 1: anchor '&a0': YAML anchors are not allowed; write each value out",
        "data/roles.yml: line 2: anchor '&a1': YAML anchors are not allowed; write each value out",
        "data/roles.yml: line 2: alias '*a0': YAML aliases are not allowed; write the value out",
        "data/roles.yml: line 3: anchor '&a2': YAML anchors are not allowed; write each value out",
        "data/roles.yml: line 3: alias '*a1': YAML aliases are not allowed; write the value out",
    ],
    "yaml-merge-key": [
        "data/roles.yml: line 22: merge key '<<': YAML merge keys are not allowed; write each field out"
    ],
    "yaml-tag": [
        "data/roles.yml: line 16: tag 'tag:yaml.org,2002:python/object/apply:os.system': "
        "YAML tags are not allowed; write a plain value"
    ],
    "deep-nesting": ["data/roles.yml: line 22: nested more than 12 levels deep; data files never need that"],
    # text that would become page structure, or hide what a reader sees
    "multi-line-text": [
        "data/roles.yml: roles[backend].summary: text has a line break: write it on one line, "
        "or fold it with '>-' ('|' keeps line breaks)"
    ],
    "control-character": ["data/roles.yml: roles[backend].name: text contains the control character U+0008; remove it"],
    # roadmaps: one test per kind of mistake in stages and their sourced hours
    "prerequisite-cycle": [
        "data/roadmaps.yml: stages[backend-1].after: "
        "prerequisite cycle: backend-1 -> backend-3 -> backend-2 -> backend-1"
    ],
    "stage-unknown-skill": [
        "data/roadmaps.yml: stages[backend-3].skills[0]: unknown skill 'grapql' (did you mean 'graphql'?)"
    ],
    "stage-unknown-project": [
        "data/roadmaps.yml: stages[backend-1].projects[0]: unknown project 'api-projct' (did you mean 'api-project'?)"
    ],
    "core-skill-uncovered": [
        "data/roadmaps.yml: stages: core skill 'graphql' of role 'backend' is in none of its stages"
    ],
    "effort-low-above-high": ["data/roadmaps.yml: stages[backend-1].effort: low (40) is above high (20)"],
    "effort-without-basis": [
        "data/roadmaps.yml: stages[backend-1].effort: an effort needs a basis: "
        "the ids of the courses in effort.yml whose stated hours it rests on"
    ],
    "effort-outside-basis": [
        "data/roadmaps.yml: stages[backend-1].effort.low: 10 is below its basis courses' smallest stated hours (20)",
        "data/roadmaps.yml: stages[backend-1].effort.high: 60 is above its basis courses' largest stated hours (40)",
    ],
    "course-quoted-without-via": [
        "data/effort.yml: courses[api-course]: a quoted statement needs 'via': the page you read it on"
    ],
    # the role-fit guide
    "fit-unknown-role": [
        "data/role_fit.yml: questions[question-1].points[1].role: unknown role 'frontnd' (did you mean 'frontend'?)"
    ],
    "fit-weight-out-of-range": [
        "data/role_fit.yml: questions[question-2].points[0].weight: must be at most 2, got a number (5)"
    ],
    "fit-role-unreachable": [
        "data/role_fit.yml: questions: no answer points to role 'frontend': give it a positive weight somewhere"
    ],
    "bidi-override": [
        "data/roles.yml: roles[frontend].summary: "
        "text contains the invisible bidirectional-override character U+202E; remove it"
    ],
}


def bad_data(case: str, tmp_path: Path) -> Path:
    data = Path(shutil.copytree(FIXTURES / "good", tmp_path / "data"))
    for path in (FIXTURES / "bad" / case).iterdir():
        shutil.copy2(path, data / path.name)
    return data


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in (FIXTURES / "bad").iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_bad_data_is_reported(case: str, tmp_path: Path) -> None:
    with pytest.raises(DataError) as err:
        Catalog.load(bad_data(case, tmp_path))
    for line in EXPECTED[case]:
        assert line in err.value.lines
    assert len(err.value.lines) == len(EXPECTED[case]), err.value.lines


def test_a_very_large_file_is_refused_not_parsed(good_data: Path) -> None:
    block = (good_data / "frameworks.yml").read_text().split("\n", 1)[1]
    entries = [block.replace("id: django", f"id: django-{n}") for n in range(8000)]
    (good_data / "frameworks.yml").write_text("frameworks:\n" + "".join(entries))
    with pytest.raises(DataError) as err:
        Catalog.load(good_data)
    [line] = err.value.lines
    assert line.startswith("data/frameworks.yml: file is ")
    assert line.endswith("bytes; data files are limited to 1,000,000 bytes, split it")


@pytest.mark.parametrize(
    "case",
    ["dangling-reference", "duplicate-key", "not-utf8", "yaml-alias-bomb", "multi-line-text", "missing-released"],
)
def test_build_fails_with_the_report_and_no_traceback(case: str, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", bad_data(case, tmp_path))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    for line in EXPECTED[case]:
        assert line in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('{{ role_card("backnd") }}', "unknown role 'backnd' (did you mean 'backend'?)"),
        ('{{ compare_roles("backend") }}', "compare_roles needs two or more role ids, or none for every role"),
        ("{{ undefined_thing }}", "'undefined_thing' is undefined"),
        ('{{ role_crd("backend") }}', "'role_crd' is undefined (did you mean 'role_card'?)"),
        ('{{ role_card("backend" }}', "macro syntax error: unexpected '}', expected ')'"),
        ('{{ role_card("backend", "extra") }}', "takes 2 positional arguments but 3 were given"),
        ("[a missing page](missing.md)", "WARNING"),
    ],
)
def test_a_mistake_in_a_page_names_the_file_and_line(call: str, message: str, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs/roles/backend.md"
    lines = page.read_text().splitlines()
    line = lines.index("## A typical day") + 1
    lines.insert(line - 1, call)
    page.write_text("\n".join(lines) + "\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    if message == "WARNING":  # MkDocs' own link check, which --strict turns into a failure
        assert "contains a link 'missing.md', but the target 'roles/missing.md' is not found" in result.stderr
    else:
        assert f"docs/roles/backend.md: line {line}: " in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_template_names_the_template_and_the_page(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    template = project / "macros/templates/role_card.md.j2"
    text = template.read_text()
    template.write_text(text.replace("{{ role.summary }}", "{{ role.summary }", 1))
    line = text[: text.index("{{ role.summary }}")].count("\n") + 1
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"macros/templates/role_card.md.j2: line {line}: macro syntax error: unexpected '}}'" in result.stderr
    assert "Traceback" not in result.stderr
