"""Field types shared by the data models: ids, references, links, plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


# line breaks, other control characters and bidirectional overrides: a line break in a name or
# a table cell would become page structure, and the others hide or reorder what a reader sees
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# the same rule for editors, in the JSON Schemas (JSON Schema patterns use ECMAScript syntax)
ONE_LINE_PATTERN = "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"


def _unsafe(value: str) -> str | None:
    """Why `value` cannot be shown as one line of plain text, or None."""
    match = _UNSAFE.search(value)
    if not match:
        return None
    char = match.group(0)
    if char in "\n\r\u2028\u2029":
        return "text has a line break: write it on one line, or fold it with '>-' ('|' keeps line breaks)"
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        return f"text contains the invisible bidirectional-override character U+{ord(char):04X}; remove it"
    return f"text contains the control character U+{ord(char):04X}; remove it"


def _check_url(value: str) -> str:
    if _unsafe(value) or not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        raise ValueError(f"link must be an http(s) address starting with https://, got '{value[:60]!s}'")
    return value


def _check_text(value: str) -> str:
    if not value.strip():
        raise ValueError("text is empty")
    if problem := _unsafe(value):
        raise ValueError(problem)
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
# plain text on one line (a folded '>-' block is one line): never page structure
Text = Annotated[str, AfterValidator(_check_text), Field(json_schema_extra={"pattern": ONE_LINE_PATTERN})]
