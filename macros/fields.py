"""Field types shared by the data models: ids, references, links, plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        raise ValueError(f"link must be an http(s) address starting with https://, got '{value[:60]}'")
    return value


def _check_text(value: str) -> str:
    if not value.strip():
        raise ValueError("text is empty")
    return value


@dataclass(frozen=True)
class Ref:
    """Marks a field as the id of a record in another collection (`Ref("skills")`)."""

    collection: str


class Record(BaseModel):
    """Base of every model: unknown fields are errors, records never change after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=True)


Id = Annotated[
    str,
    Field(pattern=ID_PATTERN, description="Stable id: lowercase words joined by hyphens, e.g. `data-engineer`."),
]
Url = Annotated[str, AfterValidator(_check_url), Field(description="An http(s) address.")]
Text = Annotated[str, AfterValidator(_check_text)]
