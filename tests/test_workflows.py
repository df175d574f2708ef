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
    assert {w.name for w in WORKFLOWS} == {"checks.yml", "links.yml", "upgrades.yml"}
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
    checks = yaml.safe_load((ROOT / ".github/workflows/checks.yml").read_text())
    deploy = checks["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages" and deploy["concurrency"]["group"] == "pages"
    assert "permissions" not in checks["jobs"]["test"]
    text = (ROOT / ".github/workflows/checks.yml").read_text()
    assert "run: .ci/run" in text and "fetch-depth: 0" in text


def test_only_a_commit_whose_checks_passed_is_published() -> None:
    """Publishing is a job of the checks workflow that needs the test job; nothing else deploys."""
    checks = yaml.safe_load((ROOT / ".github/workflows/checks.yml").read_text())
    assert checks["jobs"]["deploy"]["needs"] == "test"
    assert "refs/heads/main" in checks["jobs"]["deploy"]["if"]
    steps = checks["jobs"]["test"]["steps"]
    run_checks = next(i for i, s in enumerate(steps) if s.get("run") == ".ci/run")
    upload = next(i for i, s in enumerate(steps) if "upload-pages-artifact" in s.get("uses", ""))
    assert run_checks < upload and "if" not in steps[run_checks]
    for workflow in WORKFLOWS:
        if workflow.name != "checks.yml":
            assert "deploy-pages" not in workflow.read_text(), workflow.name


def test_dependabot_watches_pip_npm_and_actions() -> None:
    config = ROOT / ".github/dependabot.yml"
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ecosystems = {u["package-ecosystem"] for u in yaml.safe_load(config.read_text())["updates"]}
    assert ecosystems == {"pip", "npm", "github-actions"}
