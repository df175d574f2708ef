"""`make serve` (a real `mkdocs serve --strict`) while a contributor edits: changes show up,
mistakes are reported in a line and never take the preview down, and what the preview
serves equals a clean build of the same files.

Each step waits for the server to say it finished (its log), never for a fixed time.
"""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import BUILD_ENV, copy_project, mkdocs_build
from serve_site import free_port

# every rebuild ends with this line, published or not: the server never stays stuck
DONE = "Reloading browsers"
_LIVERELOAD = re.compile(r"<script>\s*var livereload.*?</script>", re.S)


@dataclass
class Server:
    project: Path
    base: str
    process: subprocess.Popen
    lines: queue.Queue = field(default_factory=queue.Queue)

    def fetch(self, path: str) -> str:
        """The served file, without the live-reload script the server adds to each page it sends."""
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return _LIVERELOAD.sub("", response.read().decode("utf-8"))

    def save(self, name: str, old: str, new: str) -> list[str]:
        """Replace `old` with `new` in the project file `name`; return the log of the rebuild it caused."""
        path = self.project / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        self.drain()
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return self.wait_for_rebuild()

    def drain(self) -> None:
        while not self.lines.empty():
            self.lines.get_nowait()

    def wait_for_rebuild(self, timeout: float = 120) -> list[str]:
        log: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                pytest.fail("the server did not finish a rebuild:\n" + "\n".join(log[-20:]))
            log.append(line)
            if DONE in line:
                return log


def _read(stream: Iterator[str], lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    project = copy_project(tmp_path_factory.mktemp("serve") / "project")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=BUILD_ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    served = Server(project, f"http://127.0.0.1:{port}/handbook/", process)
    threading.Thread(target=_read, args=(process.stderr, served.lines), daemon=True).start()
    try:
        while "Serving on" not in served.lines.get(timeout=180):
            pass
        yield served
    finally:
        process.terminate()
        process.wait(timeout=20)


def _problem_lines(log: list[str]) -> list[str]:
    """Errors and warnings, with the indented lines that continue them."""
    out: list[str] = []
    for line in log:
        if line.startswith(("ERROR", "WARNING")) or (out and line.startswith("  ") and out[-1] is not None):
            out.append(line)
        elif out and out[-1] is not None:
            out.append(None)  # type: ignore[arg-type]
    return [line for line in out if line is not None]


EDITS = [
    ("docs/roles/backend.md", "## A typical day", "## A typical LIVE-MD day", "roles/backend/", "LIVE-MD"),
    (
        "data/roles.yml",
        "Builds the servers, databases",
        "Builds the LIVE-DATA servers, databases",
        "roles/backend/",
        "LIVE-DATA",
    ),
    (
        "macros/formatting.py",
        'return f"{day.day} {day:%B %Y}"',
        'return f"LIVE-PY {day.day} {day:%B %Y}"',
        "roles/backend/",
        "LIVE-PY 23 November 2026",
    ),
    (
        "macros/templates/stats.md.j2",
        "As of {{ stat.period }}",
        "LIVE-TPL as of {{ stat.period }}",
        "roles/backend/",
        "LIVE-TPL as of",
    ),
    (
        "overrides/assets/handbook.css",
        ".md-typeset .hb-stats {",
        ".hb-live-css, .md-typeset .hb-stats {",
        "assets/handbook.css",
        ".hb-live-css",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "path", "marker"), EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_shows_up_and_undoing_it_too(
    server: Server, name: str, old: str, new: str, path: str, marker: str
) -> None:
    server.save(name, old, new)
    assert marker in server.fetch(path)
    server.save(name, new, old)
    assert marker not in server.fetch(path)


# (file, text to replace, mistake, what the server must say: {line} is the line of the mistake in the
# page, {card} the line of the page's role_card call, {tpl} the line in the template)
MISTAKES = {
    "macro typo": (
        "docs/roles/backend.md",
        "## What the job is",
        '{{ role_card("backnd") }}\n\n## What the job is',
        "docs/roles/backend.md: line {line}: unknown role 'backnd' (did you mean 'backend'?)",
    ),
    "unknown macro": (
        "docs/roles/backend.md",
        "## What the job is",
        '{{ role_crd("backend") }}\n\n## What the job is',
        "docs/roles/backend.md: line {line}: 'role_crd' is undefined (did you mean 'role_card'?)",
    ),
    "macro syntax": (
        "docs/roles/backend.md",
        "## What the job is",
        '{{ role_card("backend" }}\n\n## What the job is',
        "docs/roles/backend.md: line {line}: macro syntax error: unexpected '}', expected ')'",
    ),
    "broken data": (
        "data/roles.yml",
        "  - id: backend\n    name: Backend developer",
        "  - id: backend\n    nme: Backend developer",
        "data/roles.yml: roles[backend]: unknown field 'nme' (did you mean 'name'?)",
    ),
    "broken link": (
        "docs/roles/backend.md",
        "## What the job is",
        "See [the missing page](missing.md).\n\n## What the job is",
        "contains a link 'missing.md', but the target 'roles/missing.md' is not found",
    ),
    "broken template": (
        "macros/templates/role_card.md.j2",
        "{{ role.summary }}",
        "{{ role.summary }",
        "macros/templates/role_card.md.j2: line {tpl}: macro syntax error: unexpected '}' "
        "(called from docs/roles/backend.md: line {card})",
    ),
    "python syntax": (
        "macros/formatting.py",
        "def number(value: float) -> str:",
        "def number(value: float) -> str",
        "SyntaxError: expected ':'",
    ),
}


@pytest.mark.parametrize("case", list(MISTAKES))
def test_a_mistake_is_reported_and_the_last_good_site_stays(server: Server, case: str) -> None:
    name, old, mistake, message = MISTAKES[case]
    page = (server.project / "docs/roles/backend.md").read_text(encoding="utf-8")
    line = page[: page.find("## What the job is")].count("\n") + 1
    card = page[: page.find('{{ role_card("backend") }}')].count("\n") + 1
    template = (server.project / "macros/templates/role_card.md.j2").read_text(encoding="utf-8")
    tpl = template[: template.find("{{ role.summary }}")].count("\n") + 1
    message = message.replace("{line}", str(line)).replace("{card}", str(card)).replace("{tpl}", str(tpl))
    before = server.fetch("roles/backend/")
    log = server.save(name, old, mistake)
    try:
        problems = "\n".join(_problem_lines(log))
        assert message in problems, problems
        assert "Traceback" not in "\n".join(log)
        assert any("Not published" in line for line in log)
        assert server.process.poll() is None, "the server stopped"
        assert server.fetch("roles/backend/") == before, "the preview must keep the last good page"
    finally:
        log = server.save(name, mistake, old)
    assert not _problem_lines(log), "\n".join(_problem_lines(log))


GENERATED = ["llms.txt", "print/", "tags/", "search/search_index.json", "data/v1/index.json", "data/v1/roles.json"]


def test_after_edits_the_generated_files_equal_a_clean_build(server: Server, tmp_path: Path) -> None:
    server.save("docs/roles/backend.md", "## Responsibilities", "## Responsibilities of the job")
    server.save("docs/faq.md", "\n---\n", "\nextra: edited\n---\n")
    server.save("data/roles.yml", "Builds the servers, databases and APIs", "Builds servers, databases and APIs")
    served = {path: server.fetch(path) for path in GENERATED}

    # the same files, built from scratch with the address the preview uses
    config = server.project / "mkdocs-clean.yml"
    config.write_text(f"INHERIT: mkdocs.yml\nsite_url: {server.base}\n", encoding="utf-8")
    result = mkdocs_build(server.project, tmp_path / "clean", "-f", str(config))
    assert result.returncode == 0, result.stderr
    for path in GENERATED:
        clean = (tmp_path / "clean" / (path + "index.html" if path.endswith("/") else path)).read_text("utf-8")
        assert served[path] == clean, f"{path} differs from a clean build"
    assert ">None</a>" not in served["print/"]
    assert "Backend developer" in served["llms.txt"] and ": What backend developers do" in served["llms.txt"]
