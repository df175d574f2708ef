"""Shared fixtures: the project root, copies of the good data fixture, and the real built site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from serve_site import CHROMIUM_ARGS, chromium_path, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
IN_CI = os.environ.get("CI") == "true"

BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HANDBOOK_TODAY": "2026-11-23"}


def mkdocs_build(
    project: Path, site: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run the real strict build of `project` into `site` (`env` adds to the test environment)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project,
        env={**BUILD_ENV, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(dest: Path, data_dir: Path | None = None) -> Path:
    """A throwaway copy of the handbook, optionally with another data/ directory."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "macros", "overrides", "LICENSE-CONTENT"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / name)
    shutil.copytree(data_dir or ROOT / "data", dest / "data")
    return dest


@pytest.fixture
def good_data(tmp_path: Path) -> Path:
    """A writable copy of the small, valid data set in tests/fixtures/good."""
    return Path(shutil.copytree(FIXTURES / "good", tmp_path / "data"))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real handbook, built once per test session with the strict build."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    return out


def require(tool: str | None, what: str) -> str:
    """The path of a tool the test needs: missing is a failure in CI, a skip elsewhere."""
    if tool and Path(tool).exists():
        return tool
    message = f"{what} is not installed (run `make system-deps` or `make test`)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The real site served over HTTP on 127.0.0.1 (the site_url path is left out: pages use relative links)."""
    with serve(site) as url:
        yield url


# Every page a test opens reports what its Content-Security-Policy blocked; a test fails on any.
_REPORT_CSP = """document.addEventListener("securitypolicyviolation", e => window.__hbReport(
    `Content-Security-Policy blocked ${e.blockedURI || "inline code"} (${e.violatedDirective})`
    + ` on ${location.pathname}`));"""


class WatchedBrowser:
    """The session's Chromium; every context it opens reports CSP violations and uncaught errors."""

    def __init__(self, browser: Browser):
        self._browser = browser
        self.problems: list[str] = []

    def new_context(self, **options: object) -> BrowserContext:
        context = self._browser.new_context(**options)
        context.expose_binding("__hbReport", lambda _source, text: self.problems.append(text))
        context.add_init_script(_REPORT_CSP)
        context.on("page", self._watch)
        return context

    def _watch(self, page: Page) -> None:
        page.on("pageerror", lambda error: self.problems.append(f"uncaught error on {page.url}: {error}"))

    def __getattr__(self, name: str) -> object:
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def browser() -> Iterator[WatchedBrowser]:
    """Debian's Chromium driven by Playwright; it cannot reach any host but 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    executable = require(chromium_path(), "Chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield WatchedBrowser(browser)
        browser.close()


@pytest.fixture(autouse=True)
def _no_policy_violations_or_uncaught_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """Any test that drives the browser fails if a page broke the CSP or threw an uncaught error."""
    if "browser" not in request.fixturenames:
        yield
        return
    watched: WatchedBrowser = request.getfixturevalue("browser")
    watched.problems.clear()
    yield
    problems, watched.problems[:] = list(watched.problems), []
    assert not problems, "\n".join(dict.fromkeys(problems))


VIEWS = {
    "light": {"viewport": {"width": 1280, "height": 800}, "color_scheme": "light"},
    "dark": {"viewport": {"width": 1280, "height": 800}, "color_scheme": "dark"},
    "phone": {"viewport": {"width": 390, "height": 844}, "color_scheme": "light", "is_mobile": True, "has_touch": True},
}


@pytest.fixture(params=list(VIEWS))
def view(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def page(browser: Browser, view: str) -> Iterator[Page]:
    context = browser.new_context(**VIEWS[view])
    page = context.new_page()
    yield page
    context.close()


def site_pages(site: Path) -> list[str]:
    """Every page of the built site as a path relative to its root, e.g. 'roles/backend/'."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages


# interactive parts the handbook's scripts have not built yet (they mark each one data-ready)
NOT_READY = ".hb-checklist:not([data-ready]), .hb-compare[data-picker]:not([data-ready])"


def wait_for_enhancements(page: Page) -> None:
    """Wait until the handbook's scripts have built the interactive parts (checklists wait for an idle moment).

    A locator assertion, not wait_for_function: the pages' Content-Security-Policy forbids the eval
    that wait_for_function uses."""
    from playwright.sync_api import expect

    expect(page.locator(NOT_READY)).to_have_count(0)


# Material's search, as a reader uses it
SEARCH_BOX = "input.md-search__input"
SEARCH_LINKS = ".md-search-result__list > .md-search-result__item > a.md-search-result__link"
SEARCH_META = ".md-search-result__meta"
SEARCH_IDLE = "Type to start searching"


def open_search(page: Page) -> None:
    """Open the search box as a reader does: at desktop width it is in the header, on a phone behind
    the header's search button."""
    button = page.locator('label.md-header__button[for="__search"]')
    if button.is_visible():
        button.click()
        from playwright.sync_api import expect

        expect(page.locator(SEARCH_BOX)).to_be_focused()
    else:
        page.locator(SEARCH_BOX).click()


def search(page: Page, query: str) -> list[str]:
    """The pages Material's search lists for `query`, best first, read once the results are in.

    Material searches on keyup. The box is cleared until the result line says it is idle, then
    the whole query is sent in one keyup; the result line changes in the same render as the
    list, so once it no longer says idle, the list is this query's and complete."""
    from playwright.sync_api import expect

    box = page.locator(SEARCH_BOX)
    box.fill("")
    box.press("End")
    expect(page.locator(SEARCH_META)).to_have_text(SEARCH_IDLE, timeout=15_000)  # the index may still load
    box.fill(query)
    box.press("End")
    expect(page.locator(SEARCH_META)).not_to_have_text(SEARCH_IDLE, timeout=10_000)
    paths = page.locator(SEARCH_LINKS).evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    return list(dict.fromkeys(paths))  # a page can appear once per matching section
