"""Lighthouse on representative pages: accessibility, best practices and SEO score 1.0 with both
presets. These categories are checks, not timings, so they gate; the performance score is a timing
and is reported by `make bench` (median of several runs), with its deterministic parts checked by
tests/test_performance.py."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, require
from serve_site import chromium_path

PAGES = ["", "roles/backend/", "languages/python/", "compare/"]
CATEGORIES = ("accessibility", "best-practices", "seo")


def lighthouse(url: str, preset: str, out: Path) -> dict:
    command = [
        require(str(ROOT / "node_modules/.bin/lighthouse"), "Lighthouse (npm ci)"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
        "--only-categories=" + ",".join(CATEGORIES),
        "--max-wait-for-load=120000",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    chrome = require(chromium_path(), "Chromium")
    result = subprocess.run(
        command, env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, text=True, timeout=300, check=False
    )
    assert out.is_file(), f"Lighthouse wrote no report: {result.stderr[-2000:]}"
    return json.loads(out.read_text())


def shortfalls(report: dict) -> list[str]:
    out = []
    for category in CATEGORIES:
        score = report["categories"][category]["score"]
        if score is None or score < 1:
            refs = {r["id"] for r in report["categories"][category]["auditRefs"]}
            audits = [
                a["id"]
                for a in report["audits"].values()
                if a["id"] in refs
                and a.get("score") is not None
                and a["score"] < 1
                and a.get("scoreDisplayMode") in ("binary", "numeric")
            ]
            out.append(f"{category} = {score}; audits below 1: {audits[:8]}")
    if report.get("runtimeError"):
        out.append(f"runtime error: {report['runtimeError']}")
    return out


@pytest.mark.parametrize("preset", ["desktop", "mobile"])
@pytest.mark.parametrize("path", PAGES)
def test_lighthouse_accessibility_best_practices_and_seo(
    preset: str, path: str, base_url: str, site: Path, tmp_path: Path
) -> None:
    assert (site / path / "index.html").is_file(), f"{path} is not in the site"
    problems = shortfalls(lighthouse(base_url + path, preset, tmp_path / f"{preset}.json"))
    assert not problems, f"{path or '/'} ({preset}): " + " | ".join(problems)
