"""Hostile data never runs in a reader's browser.

Every free-text field of the small fixture data set gets HTML, script, Markdown-link,
attribute-list and Jinja payloads; a site whose pages call every macro is built from it
with the real configuration, and Chromium opens each page. Nothing may run, no element
may carry an event handler or a javascript: link, and the payloads show as plain text.
"""

from __future__ import annotations

import shutil
import typing
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser
from pydantic import BaseModel

from conftest import FIXTURES, ROOT, VIEWS, mkdocs_build
from macros import fields
from macros.datafiles import DATA_FILES
from serve_site import serve

PAYLOAD = (
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    '[click](javascript:window.__pwned=3){: onclick="window.__pwned = 4" } {{ 7 * 7 }} '
)

# pages whose macros show no free text from data (file names and counts only, or nothing)
NO_DATA_TEXT = {"about/open-data.md", "paths/bootcamp.md", "compare/index.md"}

PAGES = {
    "index.md": "{{ role_grid() }}\n\n{{ compare_roles() }}\n\n{{ pay_chart() }}\n\n{{ paths_table() }}",
    "roles/backend.md": (
        '{{ role_card("backend") }}\n\n{{ role_responsibilities("backend") }}\n\n{{ role_skills("backend") }}\n\n'
        '{{ role_checklist("backend") }}\n\n{{ role_languages("backend") }}\n\n{{ role_stats("backend") }}\n\n'
        '{{ related_roles("backend") }}\n\nPay: {{ figure("survey-pay-2025") }}\n\n{{ stat("survey-pay-2025") }}\n\n'
        '## Your roadmap\n\n{{ role_roadmap("backend") }}'
    ),
    "roadmaps/index.md": "{{ roadmap_overview() }}",
    "which-role.md": "{{ role_fit() }}",
    "compare/index.md": "Compare roles.",
    "roadmaps/projects.md": "{{ project_list() }}",
    "roadmaps/time.md": "{{ course_table() }}",
    "roles/frontend.md": (
        '{{ role_card("frontend") }}\n\n## Pay and outlook\n\n{{ compare_roles("frontend", "backend") }}\n\n'
        '## Your roadmap\n\n{{ role_roadmap("frontend") }}'
    ),
    "languages/python.md": (
        '{{ language_card("python") }}\n\n{{ language_stats("python") }}\n\n{{ language_overview() }}'
    ),
    "pay/outside-us.md": (
        '{{ pay_abroad() }}\n\n{{ country_pay("GB") }}\n\n{{ pay_by_type() }}\n\n{{ pay_range_chart() }}\n\n'
        '{{ range_chart("Spread", "survey-pay-2025") }}\n\n{{ line_chart("Trend", "survey-pay") }}\n\n'
        "{{ outdated_figures() }}"
    ),
    "skills/basics.md": '{{ skill_group("basics") }}',
    "frameworks/index.md": "{{ framework_table() }}",
    "databases/index.md": "{{ database_table() }}",
    "glossary.md": "API and REST appear here: {{ glossary() }}",
    "about/sources.md": "{{ sources_list() }}",
    "about/open-data.md": "{{ open_data_files() }}",
    "paths/bootcamp.md": "Bootcamps.",
    "paths/certifications.md": "{{ certification_table() }}",
    "career/ladder.md": "{{ ladder() }}",
    "career/lateral-moves.md": "{{ lateral_moves() }}",
    "print.md": "Print version.",
}


def _is_text(annotation: object, metadata: list) -> bool:
    checks = [m for m in metadata if getattr(m, "func", None) is fields._check_text]
    if checks:
        return True
    for arg in typing.get_args(annotation):
        if typing.get_origin(arg) is typing.Annotated and _is_text(arg, list(arg.__metadata__)):
            return True
    return False


def poison(value: object, model: type[BaseModel]) -> object:
    """Prefix the payload to every free-text field of `value`, a raw mapping for `model`."""
    if not isinstance(value, dict):
        return value
    out = dict(value)
    for name, info in model.model_fields.items():
        if name not in out:
            continue
        inner = _model_in(info.annotation)
        if inner is not None:
            out[name] = (
                [poison(v, inner) for v in out[name]] if isinstance(out[name], list) else poison(out[name], inner)
            )
        elif isinstance(out[name], list):
            if _is_text(info.annotation, info.metadata):
                out[name] = [PAYLOAD + item for item in out[name]]
        elif isinstance(out[name], str) and _is_text(info.annotation, info.metadata):
            out[name] = PAYLOAD + out[name]
    return out


def _model_in(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("hostile")
    (project / "data").mkdir()
    for data_file in DATA_FILES:
        name, model = data_file.name, data_file.model
        raw = yaml.safe_load((FIXTURES / "good" / name).read_text())
        (project / "data" / name).write_text(yaml.safe_dump(poison(raw, model), allow_unicode=True))
    for page, body in PAGES.items():
        path = project / "docs" / page
        path.parent.mkdir(parents=True, exist_ok=True)
        front = f"---\ntitle: {Path(page).stem}\ndescription: A page of the hostile-data test site.\n---\n"
        path.write_text(f"{front}\n# Test\n\n{body}\n")
    config = (ROOT / "mkdocs.yml").read_text()
    nav = "\nnav:\n" + "".join(f"  - {p}\n" for p in PAGES if p != "print.md")
    (project / "mkdocs.yml").write_text(config[: config.index("\nnav:\n")] + nav)
    for name in ("macros", "overrides", "LICENSE-CONTENT"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, project / name)
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


def test_no_payload_runs_or_becomes_markup(browser: Browser, hostile_site: Path) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = [p for p in PAGES if p != "print.md"] + ["print.md"]
    with serve(hostile_site) as base:
        for source in pages:
            url = base + ("" if source == "index.md" else source.removesuffix(".md").removesuffix("index") + "/")
            url = url.replace("//", "/").replace("http:/", "http://")
            page.goto(url, wait_until="networkidle")
            for button in page.locator("summary").all():
                button.click()  # open collapsed blocks, so their content is rendered too
            assert page.evaluate("window.__pwned") is None, f"{source}: a payload ran"
            dangerous = page.evaluate(
                """() => [...document.querySelectorAll('*')].filter(e =>
                     [...e.attributes].some(a => a.name.startsWith('on')) ||
                     (e.href && String(e.href).startsWith('javascript:'))).map(e => e.outerHTML.slice(0, 80))"""
            )
            assert not dangerous, f"{source}: {dangerous}"
            if source in NO_DATA_TEXT:
                continue
            text = page.locator("article").inner_text()
            assert "<script>window.__pwned = 1</script>" in text, f"{source}: the payload is not shown as text"
            assert "{{ 7 * 7 }}" in text and "49" not in text
    assert not dialogs
    context.close()
