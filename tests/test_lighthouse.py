"""Lighthouse on representative pages: accessibility, best practices and SEO 1.0 everywhere;
performance 1.0 with the desktop preset and at least 0.95 on mobile. Scores are read from the JSON.

Lighthouse's simulated mobile performance varies by a few hundredths between runs on the
same page, so mobile is measured twice and the better run counts; a page that is really
slow fails both.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, require
from serve_site import chromium_path

PAGES = ["", "roles/backend/", "languages/python/", "compare/"]
FLOOR = {
    "desktop": {"performance": 1.0, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0},
    "mobile": {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0},
}
RUNS = {"desktop": 1, "mobile": 2}


def lighthouse(url: str, preset: str, out: Path) -> dict:
    command = [
        require(str(ROOT / "node_modules/.bin/lighthouse"), "Lighthouse (npm ci)"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
        "--only-categories=performance,accessibility,best-practices,seo",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    chrome = require(chromium_path(), "Chromium")
    subprocess.run(command, env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, timeout=180, check=False)
    return json.loads(out.read_text())


def shortfalls(report: dict, preset: str) -> list[str]:
    out = []
    for category, floor in FLOOR[preset].items():
        score = report["categories"][category]["score"]
        if score is None or score < floor:
            audits = [
                a["id"]
                for a in report["audits"].values()
                if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric")
            ]
            out.append(f"{category} = {score} (< {floor}); audits below 1: {audits[:8]}")
    return out


@pytest.mark.lighthouse
@pytest.mark.parametrize("preset", ["desktop", "mobile"])
@pytest.mark.parametrize("path", PAGES)
def test_lighthouse_scores(preset: str, path: str, base_url: str, site: Path, tmp_path: Path) -> None:
    assert (site / path / "index.html").is_file(), f"{path} is not in the site"
    results = []
    for run in range(RUNS[preset]):
        report = lighthouse(base_url + path, preset, tmp_path / f"{preset}-{run}.json")
        results.append(shortfalls(report, preset))
        if not results[-1]:
            return
    pytest.fail(f"{path or '/'} ({preset}): " + " | ".join(results[-1]))
