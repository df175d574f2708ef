"""The handbook's benchmark: build cost, edit loop and reader cost, against budgets and a baseline.

Usage: python scripts/bench.py [--sizes 100,1000,3000] [--stock-sizes 100,1000] [--skip-reader]
       make bench

Prints a table, writes bench/results/latest.json, and compares each figure with the
committed bench/baseline.json as a ratio (above 1 is slower or heavier). Timings are
wall-clock on this machine: compare ratios measured in the same run, not across machines.
Not part of make test: timings in tests are flaky.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from serve_site import CHROMIUM_ARGS, chromium_path, free_port, serve  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BASELINE = ROOT / "bench" / "baseline.json"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HANDBOOK_TODAY": "2026-11-23", "SOURCE_DATE_EPOCH": "1795392000"}
PROJECT_FILES = ("mkdocs.yml", "docs", "macros", "overrides", "data", "LICENSE-CONTENT")
SECTION_SIZE = 25

BUDGETS = {
    "macro_overhead_1000": ("the macro and data layer adds at most 15% at 1,000 pages", 0.15, "max"),
    "scaling_1000_vs_100": ("ms per page at 1,000 pages at most 1.2 times that at 100", 1.2, "max"),
    "vs_stock_1000": ("at 1,000 pages, at most half the time of stock Material", 0.5, "max"),
    "edit_loop_s": ("edit loop at most 1.5 s", 1.5, "max"),
    "first_load_home_kb": ("first load of the home page at most 100 KB gzipped", 100, "max"),
    "first_load_role_kb": ("first load of a role page at most 100 KB gzipped", 100, "max"),
    "next_page_kb": ("each further page (instant navigation) at most 15 KB gzipped", 15, "max"),
    "search_ms": ("first search result within 100 ms", 100, "max"),
}


# --- building -------------------------------------------------------------------


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / name)
    return dest


def timed_build(project: Path, config: str = "mkdocs.yml") -> float:
    site = project / "site-bench"
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config, "-d", str(site)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    return elapsed


SENTENCES = [
    "Teams that ship often keep their changes small and their tests fast.",
    "A junior developer is hired for fundamentals and the ability to learn, not for a finished portfolio.",
    "Most production incidents start with a change nobody expected to matter.",
    "Reading other people's code is a skill of its own, and reviews are where it grows.",
    "The same concepts carry over between languages: HTTP, SQL, testing and security.",
    "Pay varies more with location and company than with the exact job title.",
]
MACRO_LINES = [
    'Median pay for the occupation was {{ figure("bls-software-developers-median-pay-2023") }}.',
    '{{ role_card("backend") }}',
    '{{ stat("bls-sdqat-growth-2023-2033") }}',
    '{{ related_roles("frontend") }}',
    '{{ language_card("python") }}',
]


def synthetic_page(n: int) -> str:
    paragraphs = [" ".join(SENTENCES[(n + i + j) % len(SENTENCES)] for j in range(4)) for i in range(6)]
    return f"""---
title: Synthetic chapter {n}
description: A generated chapter for the build benchmark, shaped like the handbook's own chapters.
---

# Synthetic chapter {n}

{paragraphs[0]}

## What the work involves

{paragraphs[1]}

{MACRO_LINES[n % len(MACRO_LINES)]}

| Level | What it looks like |
| --- | --- |
| Junior | Ships small, well-tested changes with help. |
| Mid | Owns features from design to release. |
| Senior | Prevents problems and makes others effective. |

!!! note "A note on sources"

    {paragraphs[2]}

## How to start

1. {SENTENCES[n % 6]}
2. {SENTENCES[(n + 1) % 6]}
3. {SENTENCES[(n + 2) % 6]}

{paragraphs[3]}

## Trade-offs

{paragraphs[4]}

{MACRO_LINES[(n + 2) % len(MACRO_LINES)]}

{paragraphs[5]}
"""


def synthetic_project(dest: Path, pages: int) -> Path:
    """The real handbook plus `pages` generated chapters in sections of 25, in the nav."""
    project = copy_project(dest)
    config = yaml.load((project / "mkdocs.yml").read_text(), Loader=_Loader)
    nav_sections = []
    for start in range(0, pages, SECTION_SIZE):
        section = []
        for n in range(start, min(start + SECTION_SIZE, pages)):
            path = f"synthetic/part-{start // SECTION_SIZE:03d}/chapter-{n:04d}.md"
            (project / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
            (project / "docs" / path).write_text(synthetic_page(n))
            section.append({f"Synthetic chapter {n}": path})
        nav_sections.append({f"Synthetic part {start // SECTION_SIZE + 1}": section})
    insert = _nav_text(nav_sections)
    text = (project / "mkdocs.yml").read_text()
    text = text.replace("  - About:\n", insert + "  - About:\n", 1)
    (project / "mkdocs.yml").write_text(text)
    assert config  # parsed once to be sure the configuration is readable
    return project


def _nav_text(sections: list[dict]) -> str:
    lines = []
    for section in sections:
        ((title, items),) = section.items()
        lines.append(f"  - {title}:")
        for item in items:
            ((name, path),) = item.items()
            lines.append(f"      - {name}: {path}")
    return "\n".join(lines) + "\n"


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


CAPTURE_HOOK = '''
"""Benchmark helper: writes each page's Markdown after the macros ran, with its front matter."""
from pathlib import Path
import yaml
OUT = Path(__file__).parent / "docs-rendered"
def on_page_markdown(markdown, page, config, files):
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in page.meta.items() if k in ("title", "description", "hide")}
    target.write_text("---\\n" + yaml.safe_dump(meta) + "---\\n\\n" + markdown)
    return markdown
'''


def without_macros(project: Path) -> tuple[str, str]:
    """Configurations for the same pages with the macro output written in: the handbook's own
    configuration without the macros plugin, and stock Material's default configuration."""
    (project / "capture_hook.py").write_text(CAPTURE_HOOK)
    text = (project / "mkdocs.yml").read_text()
    capture = text.replace("hooks:\n", "hooks:\n  - capture_hook.py\n", 1)
    (project / "mkdocs-capture.yml").write_text(capture)
    timed_build(project, "mkdocs-capture.yml")
    rendered = project / "docs-rendered"
    for asset in (project / "docs").rglob("*"):
        if asset.is_file() and asset.suffix != ".md":
            target = rendered / asset.relative_to(project / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(asset, target)
    start, end = text.index("  macros:\n"), text.index("\nmarkdown_extensions:")
    plain = text[:start] + text[end:]
    plain = plain.replace("strict: true", "strict: true\ndocs_dir: docs-rendered", 1)
    # the glossary tooltips the data layer configures, written in as plain configuration
    glossary = json.dumps(_glossary(project))
    plain = plain.replace("\n  - abbr\n", f"\n  - abbr:\n      glossary: {glossary}\n", 1)
    (project / "mkdocs-nomacros.yml").write_text(plain)
    nav = text[text.index("\nnav:\n") :]
    stock = "site_name: Benchmark\ndocs_dir: docs-rendered\ntheme:\n  name: material\n" + nav
    (project / "mkdocs-stock.yml").write_text(stock)
    return "mkdocs-nomacros.yml", "mkdocs-stock.yml"


def _glossary(project: Path) -> dict:
    sys.path.insert(0, str(project))
    try:
        from macros.catalog import Catalog
        from macros.views.reference import abbreviations

        return abbreviations(Catalog.load(project / "data"))
    finally:
        sys.path.remove(str(project))


def median_build(project: Path, config: str, runs: int) -> float:
    return statistics.median(timed_build(project, config) for _ in range(runs))


def build_cost(sizes: list[int], stock_sizes: list[int], runs: int = 3) -> dict:
    out: dict = {"real": {}, "synthetic": {}}
    with tempfile.TemporaryDirectory() as tmp:
        real = copy_project(Path(tmp) / "real")
        times = [timed_build(real) for _ in range(3)]
        pages = sum(1 for _ in (real / "site-bench").rglob("index.html"))
        out["real"] = {"pages": pages, "seconds": round(statistics.median(times), 3)}
        out["real"]["ms_per_page"] = round(1000 * out["real"]["seconds"] / pages, 1)
        for size in sizes:
            project = synthetic_project(Path(tmp) / f"synthetic-{size}", size)
            nomacros, stock = without_macros(project)
            pages = size + out["real"]["pages"]
            repeat = runs if size <= 1000 else 1
            row = {"pages": pages, "handbook_s": round(median_build(project, "mkdocs.yml", repeat), 3)}
            row["handbook_without_macros_s"] = round(median_build(project, nomacros, repeat), 3)
            if size in stock_sizes:
                row["stock_material_s"] = round(median_build(project, stock, 1), 3)
            row["ms_per_page"] = round(1000 * row["handbook_s"] / pages, 1)
            row["macro_overhead"] = round(row["handbook_s"] / row["handbook_without_macros_s"] - 1, 3)
            if "stock_material_s" in row:
                row["vs_stock"] = round(row["handbook_s"] / row["stock_material_s"], 3)
            out["synthetic"][str(size)] = row
            print(f"  built {size} synthetic pages: {row}", flush=True)
            shutil.rmtree(project)
    return out


# --- edit loop -------------------------------------------------------------------


def edit_loop() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/handbook/roles/backend/"
        try:
            _wait_for(url, "Backend developer", 120)
            chapter = project / "docs/roles/backend.md"
            data = project / "data/roles.yml"
            chapter_times = [
                _edit(chapter, "## A typical day", f"## A typical day EDIT{i}", f"EDIT{i}", url) for i in range(5)
            ]
            old = "Builds the servers, databases and APIs"
            data_times = [_edit(data, old, old.replace("the", f"the DATA{i}", 1), f"DATA{i}", url) for i in range(3)]
        finally:
            server.terminate()
            server.wait(timeout=10)
    return {
        "chapter_edit_s": round(statistics.median(chapter_times), 2),
        "data_edit_s": round(statistics.median(data_times), 2),
    }


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> float:
    start = time.perf_counter()
    while text not in _fetch(url):
        if time.perf_counter() - start > seconds:
            sys.exit(f"timed out waiting for {text!r} at {url}")
        time.sleep(0.02)
    return time.perf_counter() - start


def _wait_gone(url: str, text: str, seconds: float) -> None:
    start = time.perf_counter()
    while text in _fetch(url) and time.perf_counter() - start < seconds:
        time.sleep(0.02)


def _edit(path: Path, old: str, new: str, marker: str, url: str) -> float:
    """Seconds from saving `path` with `old` replaced by `new` to the served page showing `marker`."""
    time.sleep(1.0)  # let the previous rebuild settle
    text = path.read_text()
    if old not in text:
        raise SystemExit(f"{old!r} not in {path}")
    path.write_text(text.replace(old, new, 1))
    elapsed = _wait_for(url, marker, 30)
    path.write_text(text)  # put it back for the next round
    _wait_gone(url, marker, 30)
    return elapsed


# --- reader cost -----------------------------------------------------------------------


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
            total, index = _gzipped(responses)
            out[f"first_load_{name}_kb"] = round(total / 1024, 1)
            out[f"first_load_{name}_requests"] = len(responses)
            out["search_index_kb"] = round(index / 1024, 1)
            if name == "role":
                responses.clear()
                page.get_by_role("link", name="Frontend developer", exact=True).first.click()
                page.wait_for_url("**/roles/frontend/")
                page.wait_for_load_state("networkidle")
                out["next_page_kb"] = round(_gzipped(responses)[0] / 1024, 1)
            context.close()
        out["search_ms"] = _search_latency(browser, base)
        browser.close()
    return out


def _gzipped(responses: list) -> tuple[int, int]:
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


SEARCH_QUERIES = ["backend", "python", "salary", "bootcamp", "kubernetes", "accessibility", "degree", "graphql"]


def _search_latency(browser: Any, base: str) -> float:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(base, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("warm", delay=20)  # the index is loaded and the worker ready
    page.wait_for_timeout(1500)
    times = []
    for query in SEARCH_QUERIES:
        box.fill("")
        page.wait_for_timeout(300)
        box.press_sequentially(query[:-1], delay=10)
        page.wait_for_timeout(400)
        page.evaluate(
            """() => { window.__t = new Promise(resolve => {
                 const start = performance.now();
                 const list = document.querySelector('.md-search-result__list');
                 const seen = () => list.querySelector('.md-search-result__item');
                 const observer = new MutationObserver(() => { if (seen()) { observer.disconnect();
                   resolve(performance.now() - start); } });
                 observer.observe(list, {childList: true, subtree: true}); }); }"""
        )
        box.press(query[-1])
        times.append(page.evaluate("window.__t"))
    context.close()
    return round(statistics.median(times), 1)


# --- report ------------------------------------------------------------------------


def flatten(results: dict) -> dict:
    flat = {
        "real_build_s": results["build"]["real"]["seconds"],
        "real_ms_per_page": results["build"]["real"]["ms_per_page"],
    }
    for size, row in results["build"]["synthetic"].items():
        for key, value in row.items():
            flat[f"synthetic_{size}_{key}"] = value
    synthetic = results["build"]["synthetic"]
    if "1000" in synthetic:
        flat["macro_overhead_1000"] = synthetic["1000"]["macro_overhead"]
        if "vs_stock" in synthetic["1000"]:
            flat["vs_stock_1000"] = synthetic["1000"]["vs_stock"]
        if "100" in synthetic:
            flat["scaling_1000_vs_100"] = round(synthetic["1000"]["ms_per_page"] / synthetic["100"]["ms_per_page"], 3)
    if "edit" in results:
        flat["edit_loop_s"] = results["edit"]["chapter_edit_s"]
        flat["edit_loop_data_s"] = results["edit"]["data_edit_s"]
    flat.update(results.get("reader", {}))
    return flat


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,3000")
    parser.add_argument("--stock-sizes", default="100,1000")
    parser.add_argument("--phases", default="build,edit,reader", help="any of build, edit, reader")
    parser.add_argument("--save-baseline", action="store_true", help="also write the results as the new baseline")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stock = [int(s) for s in args.stock_sizes.split(",") if s]
    phases = set(args.phases.split(","))
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest = RESULTS / "latest.json"
    # a partial run updates the phases it ran and keeps the others from the last run
    results: dict = json.loads(latest.read_text())["results"] if latest.is_file() else {}

    def save() -> None:
        latest.write_text(json.dumps({"results": results, "flat": flatten(results)}, indent=2) + "\n")

    if "build" in phases:
        print("Build cost...", flush=True)
        results["build"] = build_cost(sizes, stock)
        save()
    if "edit" in phases:
        print("Edit loop...", flush=True)
        results["edit"] = edit_loop()
        save()
    if "reader" in phases:
        print("Reader cost...", flush=True)
        results["reader"] = reader_phase(1000 in sizes)
        save()
    flat = flatten(results)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.is_file() else {}
    if args.save_baseline:
        BASELINE.write_text(json.dumps(flat, indent=2, sort_keys=True) + "\n")
    failed = report(flat, baseline)
    return 1 if failed else 0


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


def report(flat: dict, baseline: dict) -> int:
    print(f"\n{'figure':40} {'value':>10} {'baseline':>10} {'ratio':>7}  budget")
    failed = 0
    for key, value in flat.items():
        base = baseline.get(key)
        ratio = f"{value / base:.2f}" if isinstance(base, (int, float)) and base else ""
        budget = ""
        if key in BUDGETS:
            text, limit, _ = BUDGETS[key]
            ok = value <= limit
            failed += not ok
            budget = ("ok   " if ok else "OVER ") + text
        print(f"{key:40} {value:>10} {base if base is not None else '':>10} {ratio:>7}  {budget}")
    print(f"\n{failed} budget{'s' if failed != 1 else ''} over; results in {RESULTS / 'latest.json'}")
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
