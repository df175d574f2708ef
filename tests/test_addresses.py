"""The site's and the repository's addresses are written once, in mkdocs.yml, and read from there."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from conftest import ROOT, copy_project, mkdocs_build
from project_config import repository, site_url

# generated from mkdocs.yml (make schema), or a GitHub file that cannot read it (checked below)
DERIVED = {".github/ISSUE_TEMPLATE/config.yml"}


def _tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [f for f in out.splitlines() if f != "mkdocs.yml" and not f.startswith("data/schema/")]


def test_only_mkdocs_yml_types_the_addresses() -> None:
    site, repo = site_url().rstrip("/"), repository()
    for name in _tracked_files():
        path = ROOT / name
        if name in DERIVED or not path.is_file() or path.suffix in {".png", ".zip"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        assert site not in text and repo not in text, f"{name} types an address; read it from mkdocs.yml instead"


def test_the_issue_forms_contact_link_follows_the_repository() -> None:
    config = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE/config.yml").read_text(encoding="utf-8"))
    assert config["contact_links"][0]["url"] == f"{repository()}/blob/main/CONTRIBUTING.md"


def test_moving_the_site_and_repository_leaves_no_old_address(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "moved")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    old_site, old_repo = site_url(), repository()
    new_site, new_repo = "https://handbook.example.org/careers/", "https://git.example.org/someone/careers"
    assert config.count(old_site) == 1 and config.count(old_repo) == 1
    (project / "mkdocs.yml").write_text(config.replace(old_site, new_site).replace(old_repo, new_repo))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    hosts = (old_site.split("/")[2], old_repo.split("/", 3)[3])
    seen_new = set()
    for page in (tmp_path / "site").rglob("*"):
        if page.is_file() and page.suffix in {".html", ".json", ".txt", ".xml"}:
            text = page.read_text(encoding="utf-8", errors="replace")
            for old in hosts:
                assert old not in text, f"{page.relative_to(tmp_path)} still has {old}"
            seen_new |= {new for new in (new_site, new_repo) if new in text}
    assert seen_new == {new_site, new_repo}
