"""Lighthouse on representative pages: accessibility, best practices and SEO 1.0 everywhere;
performance 1.0 with the desktop preset and at least 0.95 on mobile. Scores are read from the JSON."""

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


@pytest.mark.parametrize("preset", ["desktop", "mobile"])
def test_lighthouse_scores(preset: str, base_url: str, site: Path, tmp_path: Path) -> None:
    lighthouse = require(str(ROOT / "node_modules/.bin/lighthouse"), "Lighthouse (npm ci)")
    chrome = require(chromium_path(), "Chromium")
    failures = []
    for path in PAGES:
        assert (site / path / "index.html").is_file(), f"{path} is not in the site"
        out = tmp_path / f"{preset}-{path.strip('/').replace('/', '-') or 'home'}.json"
        command = [
            lighthouse,
            base_url + path,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
            "--host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'",
            "--only-categories=performance,accessibility,best-practices,seo",
        ]
        if preset == "desktop":
            command.append("--preset=desktop")
        subprocess.run(
            command, env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, timeout=180, check=False
        )
        report = json.loads(out.read_text())
        for category, floor in FLOOR[preset].items():
            score = report["categories"][category]["score"]
            if score is None or score < floor:
                failing = [
                    audit["id"]
                    for audit in report["audits"].values()
                    if audit.get("score") is not None
                    and audit["score"] < 1
                    and audit.get("scoreDisplayMode") == "binary"
                ]
                failures.append(f"{path or '/'} {category} = {score} (< {floor}); failing audits: {failing[:8]}")
    assert not failures, "\n".join(failures)
