"""Reader cost, in Chromium against the built site served with gzip: bytes and requests on first
load, a further page with instant navigation, the search index's size, and the time from the
keystroke that completes a query to its first result, for the handbook and at 1,000 synthetic pages."""

from __future__ import annotations

import gzip
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from serve_site import CHROMIUM_ARGS, chromium_path, serve

from .building import synthetic_project, timed_build
from .common import ENV, ROOT


def reader_cost(site: Path) -> dict:
    from playwright.sync_api import sync_playwright

    out: dict = {}
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for name, path in (("home", ""), ("role", "roles/backend/")):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            responses: list = []

            def record(response: Any, store: list = responses) -> None:
                store.append(response)

            page.on("response", record)
            page.goto(base + path, wait_until="networkidle")
            total, index = gzipped_sizes(responses)
            out[f"first_load_{name}_kb"] = round(total / 1024, 1)
            out[f"first_load_{name}_requests"] = len(responses)
            out["search_index_kb"] = round(index / 1024, 1)
            if name == "role":
                further = follow_instantly(page, ".md-nav a[href$='roles/frontend/']", "roles/frontend/", "Frontend")
                out["next_page_kb"] = round(gzipped_sizes(further)[0] / 1024, 1)
            context.close()
        out["search_ms"] = _search_latency(browser, base)
        browser.close()
    return out


def follow_instantly(page: Any, link: str, path: str, heading: str) -> list:
    """Click `link` (instant navigation) and return the responses to every request the click caused,
    once the page at `path` is on screen with `heading` in its title.

    Material changes the address as soon as the link is clicked, before it fetches the page, and instant
    navigation never resets the page's load state, so neither the URL nor "networkidle" says the
    new page has arrived; the response to its fetch and its heading do."""
    from playwright.sync_api import expect

    requests: list = []

    def record(request: Any) -> None:
        requests.append(request)

    page.on("request", record)
    with page.expect_response(lambda response: urlsplit(response.url).path.endswith("/" + path)):
        page.locator(link).first.click()
    expect(page.locator("article h1")).to_contain_text(heading)
    page.remove_listener("request", record)
    return [response for request in requests if (response := request.response()) is not None]


def gzipped_sizes(responses: list) -> tuple[int, int]:
    """Bytes over the wire with gzip (as the test server and GitHub Pages send text), and the search index's share."""
    total = index = 0
    for response in responses:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            continue
        kind = response.headers.get("content-type", "")
        size = (
            len(gzip.compress(body, 6))
            if any(t in kind for t in ("text", "json", "javascript", "xml", "svg"))
            else len(body)
        )
        if response.url.endswith("search_index.json"):
            index += size
        else:
            total += size
    return total, index


# single terms, a question and a typo, as readers type them
SEARCH_QUERIES = [
    "backend",
    "python",
    "salary",
    "bootcamp",
    "kubernetes",
    "accessibility",
    "degree",
    "graphql",
    "how much do data engineers earn",
    "graphgl",
]

# Material searches on keyup and renders the results of each query in one task: it empties the
# list, appends the new items and updates the result line. The time runs from the keydown of the key
# that completes the query (its event time) to the next frame after the list holds that query's first
# result (or, for a query that finds nothing, after the result line says so).
_TIME_NEXT_RESULT = """() => { window.__searchTime = new Promise(resolve => {
    const none = JSON.parse(document.getElementById("__config").textContent).translations["search.result.none"];
    const box = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    const meta = document.querySelector(".md-search-result__meta");
    let pressed = null;
    box.addEventListener("keydown", event => { pressed = event.timeStamp; }, {once: true});
    const observer = new MutationObserver(() => {
        if (pressed === null || !(list.querySelector(".md-search-result__item") || meta.textContent === none)) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - pressed));
    });
    observer.observe(list, {childList: true});
    observer.observe(meta, {childList: true, characterData: true, subtree: true}); }); }"""


def _search_latency(browser: Any, base: str) -> float:
    """Median time from the keystroke that completes a query to its first result on screen."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(base, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("warm", delay=20)  # the index is loaded and the worker ready
    page.wait_for_timeout(1500)  # fixed waits are fine here: the benchmark times, it decides nothing
    times = []
    for _ in range(3):
        for query in SEARCH_QUERIES:
            box.fill("")
            box.press("End")
            page.wait_for_timeout(300)
            box.press_sequentially(query[:-1], delay=10)
            page.wait_for_timeout(500)  # the results of the query but its last letter are in
            page.evaluate(_TIME_NEXT_RESULT)
            box.press(query[-1])
            times.append(page.evaluate("window.__searchTime"))
    context.close()
    return round(statistics.median(times), 1)


def reader_phase(with_1000: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
            cwd=ROOT,
            env=ENV,
            check=True,
            capture_output=True,
        )
        reader = reader_cost(site)
        if with_1000:
            from playwright.sync_api import sync_playwright

            project = synthetic_project(Path(tmp) / "search-1000", 1000)
            timed_build(project)
            with serve(project / "site-bench") as base, sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
                reader["search_ms_1000_pages"] = _search_latency(browser, base)
                index = project / "site-bench/search/search_index.json"
                reader["search_index_1000_pages_kb"] = round(len(gzip.compress(index.read_bytes(), 6)) / 1024, 1)
                browser.close()
    return reader
