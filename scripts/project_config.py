"""The few facts scripts and tests need from mkdocs.yml, read from there so each is written once.

mkdocs.yml is the one place the site's address (`site_url`) and the repository's
(`extra.repository`) are written; everything else reads them through here or
through MkDocs' own configuration.
"""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml as data: MkDocs' own tags (!ENV, !relative, python/name) become None."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load(project: Path = ROOT) -> dict:
    return yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def site_url(project: Path = ROOT) -> str:
    """The published site's address, ending in a slash."""
    return str(load(project)["site_url"]).rstrip("/") + "/"


def repository(project: Path = ROOT) -> str:
    """The source repository's address, without a trailing slash."""
    return str(load(project)["extra"]["repository"]).rstrip("/")


if __name__ == "__main__":  # `python scripts/project_config.py site_url` prints it (used by the Makefile)
    import sys

    print({"site_url": site_url, "repository": repository}[sys.argv[1]]())
