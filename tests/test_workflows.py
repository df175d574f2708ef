"""The GitHub workflows are valid, audited, pinned and least-privileged, checked offline."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_workflows_match_the_github_schema() -> None:
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--no-progress", str(ROOT / ".github/workflows")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_every_action_is_pinned_by_commit_with_its_version() -> None:
    assert {w.name for w in WORKFLOWS} == {"checks.yml", "deploy.yml", "links.yml"}
    for workflow in WORKFLOWS:
        for line in workflow.read_text().splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), (
                    f"{workflow.name}: {line}"
                )


def test_permissions_are_least_privilege() -> None:
    for workflow in WORKFLOWS:
        data = yaml.safe_load(workflow.read_text())
        triggers = data.get(True, data.get("on"))  # PyYAML reads the key `on` as true
        assert "pull_request_target" not in triggers, workflow.name
        assert data["permissions"] == {"contents": "read"}, workflow.name
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text())
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["jobs"]["deploy"]["environment"]["name"] == "github-pages"
    assert "permissions" not in deploy["jobs"]["build"]
    assert deploy["concurrency"]["group"] == "pages"
    checks = (ROOT / ".github/workflows/checks.yml").read_text()
    assert "run: .ci/run" in checks and "fetch-depth: 0" in checks
