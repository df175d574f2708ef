""" "Last updated" is the latest commit to a page's Markdown or to any data file its macros read;
a shallow clone shows no dates and says why. Built from a temporary git repository."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from conftest import copy_project, mkdocs_build

DATED = re.compile(r'Last updated <time datetime="(\d{4}-\d\d-\d\d)">')


def _git(repo: Path, *args: str, day: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env.update(GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    if day:
        env.update(GIT_AUTHOR_DATE=f"{day}T12:00:00Z", GIT_COMMITTER_DATE=f"{day}T12:00:00Z")
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def _dates(site: Path, *pages: str) -> list[str | None]:
    out = []
    for page in pages:
        match = DATED.search((site / page / "index.html").read_text(encoding="utf-8"))
        out.append(match.group(1) if match else None)
    return out


def test_a_data_change_redates_the_pages_that_show_it(tmp_path: Path) -> None:
    repo = copy_project(tmp_path / "repo")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "pages and data", day="2026-01-05")
    roles = repo / "data/roles.yml"
    roles.write_text(roles.read_text().replace("Builds the servers", "Builds the web servers", 1))
    _git(repo, "commit", "-qam", "a role's summary", day="2026-03-09")

    result = mkdocs_build(repo, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    # the backend page shows roles.yml through its macros; the APIs chapter has no macros
    assert _dates(tmp_path / "site", "roles/backend", "backend/apis") == ["2026-03-09", "2026-01-05"]

    # a shallow clone knows one commit only: no page is dated, and the build says why
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow)], check=True)
    result = mkdocs_build(shallow, tmp_path / "shallow-site")
    assert result.returncode == 0, result.stderr
    assert "a shallow clone has no history to date pages by" in result.stderr
    assert _dates(tmp_path / "shallow-site", "roles/backend", "backend/apis") == [None, None]
