"""Collect every data problem of a build and report them together, one line each."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    """A position in a list, named by the item's id when it has one: `roles[backend]`."""

    label: int | str


def format_path(path: Iterable[str | Item]) -> str:
    out = ""
    for part in path:
        out += f"[{part.label}]" if isinstance(part, Item) else (f".{part}" if out else str(part))
    return out


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


@dataclass
class Problems:
    """An ordered list of `file: path: message` lines."""

    lines: list[str] = field(default_factory=list)

    def add(self, file: str, path: str, message: str) -> None:
        line = f"{file}: {path}: {message}" if path else f"{file}: {message}"
        if line not in self.lines:
            self.lines.append(line)

    def __len__(self) -> int:
        return len(self.lines)

    def raise_if_any(self) -> None:
        if self.lines:
            raise DataError(self.lines)


class DataError(Exception):
    """Raised once per build with every problem found; str() is the report."""

    def __init__(self, lines: list[str]):
        self.lines = list(lines)
        count = len(self.lines)
        head = f"{count} problem{'s' if count != 1 else ''} in data/:"
        super().__init__("\n".join([head, *("  " + line for line in self.lines)]))


class UnknownId(KeyError):
    """A lookup of an id that no record has; the message names the closest one."""

    def __init__(self, kind: str, wanted: str, known: Iterable[str]):
        self.message = f"unknown {kind} '{wanted}'{did_you_mean(wanted, known)}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class MacroUsageError(ValueError):
    """A macro called with arguments it cannot use, such as one role for a comparison."""
