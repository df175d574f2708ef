"""`make new` writes entries and pages that validate and build at once, and whose TODOs keep tests failing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build


def new(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/new_entry.py"), *args, "--root", str(project)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "page", "shows"),
    [
        (["language", "elixir"], "languages/elixir/index.html", "Elixir at a glance"),
        (["role", "security-engineer"], "roles/security-engineer/index.html", "Security engineer"),
        (["skill", "webassembly", "--group", "frontend"], "skills/frontend/index.html", 'id="webassembly"'),
        (["framework", "phoenix"], "frameworks/index.html", 'id="phoenix"'),
        (["database", "cassandra"], "databases/index.html", 'id="cassandra"'),
    ],
)
def test_scaffold_builds_and_is_marked_unfinished(args: list[str], page: str, shows: str, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    result = new(project, *args)
    assert result.returncode == 0, result.stderr
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr[-2000:]
    html = (tmp_path / "site" / page).read_text(encoding="utf-8")
    assert shows in html
    assert "TODO" in html, "unfinished scaffolds must be visible, so tests and reviewers catch them"


def test_scaffold_refuses_a_bad_or_taken_id(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    assert new(project, "language", "Elixir Lang").returncode != 0
    taken = new(project, "language", "python")
    assert taken.returncode != 0 and "already has an entry with id 'python'" in taken.stderr


def test_no_unfinished_scaffold_is_committed() -> None:
    leftovers = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("docs", "data")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".md", ".yml")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "TODO" in line and not line.lstrip().startswith("#")
    ]
    assert not leftovers, f"TODO left in: {leftovers[:10]}"
