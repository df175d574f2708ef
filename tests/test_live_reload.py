"""While `make serve` runs (mkdocs serve --strict --dirty), edits to docs/, data/, macros/
and overrides/ reach the served pages."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import BUILD_ENV, copy_project
from serve_site import free_port


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(check: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if check():
                return True
        time.sleep(0.2)
    return False


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    project = copy_project(tmp_path_factory.mktemp("live") / "project")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=BUILD_ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/handbook/"  # site_url has a path; / redirects there
    try:
        assert wait_for(lambda: "Backend developer" in fetch(base + "roles/backend/"), 60), "serve did not start"
        yield project, base
    finally:
        server.terminate()
        server.wait(timeout=10)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_editing_a_page(served: tuple[Path, str]) -> None:
    project, base = served
    edit(project / "docs/roles/backend.md", "## A typical day", "## A typical working day")
    assert wait_for(lambda: "A typical working day" in fetch(base + "roles/backend/"))


def test_editing_data(served: tuple[Path, str]) -> None:
    project, base = served
    edit(
        project / "data/roles.yml",
        "Builds the servers, databases and APIs",
        "Builds the LIVE-DATA servers, databases and APIs",
    )
    assert wait_for(lambda: "LIVE-DATA" in fetch(base + "roles/backend/"))


def test_editing_python_in_macros(served: tuple[Path, str]) -> None:
    project, base = served
    edit(project / "macros/formatting.py", 'return f"{day.day} {day:%B %Y}"', 'return f"LIVE-PY {day.day} {day:%B %Y}"')
    assert wait_for(lambda: "LIVE-PY 23 November 2026" in fetch(base + "roles/backend/"))


def test_editing_a_template(served: tuple[Path, str]) -> None:
    project, base = served
    edit(project / "macros/templates/stats.md.j2", "As of {{ stat.period }}", "LIVE-TPL as of {{ stat.period }}")
    assert wait_for(lambda: "LIVE-TPL as of May 2023" in fetch(base + "roles/backend/"))


def test_editing_the_theme_overrides(served: tuple[Path, str]) -> None:
    project, base = served
    with (project / "overrides/assets/handbook.css").open("a", encoding="utf-8") as css:
        css.write("\n/* LIVE-CSS */\n")
    assert wait_for(lambda: "LIVE-CSS" in fetch(base + "assets/handbook.css"))
