"""The repository's address is written once, as `extra.repository` in mkdocs.yml; this hook derives
the edit links and the footer's source link from it, so moving the repository is a one-line change.

- `edit_uri` holds only the branch and folder (`edit/main/docs/`): without `repo_url` (left out so
  Material fetches nothing from api.github.com) MkDocs needs a full address, joined here.
- `copyright` may contain `{repository}`, replaced here.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    repository = str(config["extra"].get("repository", "")).rstrip("/")
    if not repository:
        return config
    edit_uri = config.get("edit_uri")
    if edit_uri and not urlsplit(edit_uri).scheme:
        config["edit_uri"] = f"{repository}/{edit_uri.lstrip('/')}"
    if config.get("copyright"):
        config["copyright"] = config["copyright"].replace("{repository}", repository)
    return config
