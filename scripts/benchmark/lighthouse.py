"""Lighthouse performance scores: timings, so they live here and not in `make test`. Each page and
preset is run several times and the median is reported against the budget."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from serve_site import chromium_path, serve

from .common import ENV, ROOT

PAGES = ["", "roles/backend/", "languages/python/", "compare/"]
RUNS = 3


def score(url: str, preset: str, out: Path) -> float:
    command = [
        str(ROOT / "node_modules/.bin/lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
        "--only-categories=performance",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": chromium_path() or ""}
    subprocess.run(command, env=env, capture_output=True, timeout=300, check=True)
    return float(json.loads(out.read_text())["categories"]["performance"]["score"])


def lighthouse_phase() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
            cwd=ROOT,
            env=ENV,
            check=True,
            capture_output=True,
        )
        out: dict = {}
        with serve(site) as base:
            for preset in ("desktop", "mobile"):
                medians = []
                for path in PAGES:
                    runs = [score(base + path, preset, Path(tmp) / f"{preset}-{n}.json") for n in range(RUNS)]
                    name = path.strip("/").replace("/", "_") or "home"
                    out[f"lighthouse_{preset}_{name}"] = statistics.median(runs)
                    medians.append(statistics.median(runs))
                out[f"lighthouse_performance_{preset}"] = min(medians)  # the worst page's median
        return out
