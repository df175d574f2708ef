"""Turn pydantic's errors into one-line messages a contributor can act on."""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from .problems import Item, Problems, did_you_mean, format_path

_TYPE_NAMES = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "date_type": "a date written as YYYY-MM-DD without quotes",
    "model_type": "a mapping of fields",
    "dict_type": "a mapping of fields",
}


def report(err: ValidationError, root: type[BaseModel], raw: object, label: str, problems: Problems) -> None:
    """Add one line per pydantic error to `problems`."""
    for e in err.errors(include_url=False):
        loc = tuple(e["loc"])
        kind = e["type"]
        if kind == "extra_forbidden":
            parent = _model_at(root, loc[:-1])
            known = parent.model_fields if parent else {}
            message = f"unknown field '{loc[-1]}'{did_you_mean(str(loc[-1]), known)}"
            problems.add(label, _path(raw, loc[:-1]), message)
            continue
        if kind == "missing":
            parent = _model_at(root, loc[:-1])
            info = parent.model_fields.get(str(loc[-1])) if parent else None
            hint = f" ({info.description.rstrip('.')})" if info and info.description else ""
            problems.add(label, _path(raw, loc[:-1]), f"missing required field '{loc[-1]}'{hint}")
            continue
        problems.add(label, _path(raw, loc), _message(kind, e))


_BOUNDS = {
    "less_than_equal": ("at most", "le"),
    "greater_than_equal": ("at least", "ge"),
    "less_than": ("less than", "lt"),
    "greater_than": ("more than", "gt"),
}


def _message(kind: str, e: Any) -> str:
    value = e.get("input")
    if kind == "model_type" and not e["loc"]:
        return f"expected a mapping at the top level, got {_describe(value)}"
    if kind in _TYPE_NAMES:
        return f"expected {_TYPE_NAMES[kind]}, got {_describe(value)}"
    if kind == "literal_error":
        choices = e.get("ctx", {}).get("expected", "")
        options = [c.strip(" '") for c in choices.replace(" or ", ", ").split(",")]
        return f"'{value}' is not one of {choices}{did_you_mean(str(value), options)}"
    if kind == "string_pattern_mismatch":
        return f"'{value}' is not a valid id: use lowercase letters, digits and single hyphens, e.g. 'data-engineer'"
    if kind in ("too_short", "too_long"):
        ctx = e.get("ctx", {})
        bound = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
        word = "at least" if kind == "too_short" else "at most"
        return f"needs {word} {bound} item{'s' if bound != 1 else ''}, has {ctx.get('actual_length')}"
    if kind in _BOUNDS:
        word, key = _BOUNDS[kind]
        return f"must be {word} {e.get('ctx', {}).get(key)}, got {_describe(value)}"
    if kind in ("value_error", "assertion_error"):
        return str(e["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return str(e["msg"])


def _describe(value: object) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, dt.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text '{value[:40]}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _path(raw: object, loc: tuple) -> str:
    """Render a pydantic location against the raw data, naming list items by id."""
    parts: list = []
    node = raw
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            item = node[key]
            ident = item.get("id") if isinstance(item, dict) else None
            parts.append(Item(ident if isinstance(ident, str) and ident else key))
            node = item
        elif isinstance(key, int):
            parts.append(Item(key))
            node = None
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return format_path(parts)


def _model_at(root: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class that holds the field at `loc`, following nested models and lists."""
    current: object = root
    for key in loc:
        if isinstance(key, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(str(key))
        if info is None:
            return None
        current = _inner_model(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: object) -> object:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None
