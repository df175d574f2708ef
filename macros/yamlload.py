"""Read one data file strictly: UTF-8, bounded size, plain YAML, no duplicate keys.

The file is first read as a stream of parser events, which is cheap and never
recursive: anchors, aliases, merge keys and explicit tags are refused there (a
recursive alias would crash the loader and an "alias bomb" would expand for
minutes), and so is nesting deeper than any data file needs. Then the file is
composed into nodes and walked: PyYAML's safe_load keeps the last of two duplicate
keys without a word, so every duplicate key is reported with the path of the
mapping that holds it. Only then are the nodes constructed.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .problems import Item, Problems, format_path

MAX_BYTES = 1_000_000  # far above any real data file; stops a runaway paste
MAX_DEPTH = 12  # the deepest data file nests 5 levels
# libyaml's parser when PyYAML was built with it: the pure-Python one is most of a build's data cost
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, label: str, problems: Problems) -> object | None:
    """Return the parsed document, or None after recording why it cannot be read."""
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        problems.add(
            label,
            "",
            f"file is {len(raw):,} bytes; data files are limited to {MAX_BYTES:,} bytes, split it",
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.add(label, "", f"line {line}: not valid UTF-8 (byte 0x{raw[err.start]:02x}); save the file as UTF-8")
        return None
    if not text.strip():
        problems.add(label, "", "file is empty")
        return None
    try:
        refusals = _plain_yaml_problems(text)
    except yaml.YAMLError as err:
        problems.add(label, "", _describe_yaml_error(err, text))
        return None
    if refusals:
        for refusal in refusals:
            problems.add(label, "", refusal)
        return None
    try:
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as err:
        problems.add(label, "", _describe_yaml_error(err, text))
        return None
    if node is None:
        problems.add(label, "", "file holds only comments")
        return None
    before = len(problems)
    _check_duplicate_keys(node, (), label, problems)
    if len(problems) > before:
        return None
    try:
        return yaml.SafeLoader.construct_document(yaml.SafeLoader(""), node)
    except yaml.YAMLError as err:  # e.g. an unknown !tag
        problems.add(label, "", _describe_yaml_error(err, text))
        return None


def _plain_yaml_problems(text: str) -> list[str]:
    """Anchors, aliases, merge keys, explicit tags and deep nesting, each with its line."""
    out: list[str] = []
    # one entry per open collection: for a mapping, whether its next node is a key; None for a sequence
    open_collections: list[bool | None] = []
    for event in yaml.parse(text, Loader=LOADER):
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            open_collections.pop()
            continue
        if not isinstance(event, (yaml.NodeEvent, yaml.CollectionStartEvent)):
            continue  # stream and document markers
        line = event.start_mark.line + 1 if event.start_mark else 0
        is_key = False
        if open_collections and open_collections[-1] is not None:
            is_key = bool(open_collections[-1])
            open_collections[-1] = not is_key
        if isinstance(event, yaml.AliasEvent):
            out.append(f"line {line}: alias '*{event.anchor}': YAML aliases are not allowed; write the value out")
            continue
        if event.anchor:
            out.append(f"line {line}: anchor '&{event.anchor}': YAML anchors are not allowed; write each value out")
        if _explicit_tag(event):
            out.append(
                f"line {line}: tag '{getattr(event, 'tag', '')}': YAML tags are not allowed; write a plain value"
            )
        if is_key and isinstance(event, yaml.ScalarEvent) and event.value == "<<" and not event.style:
            out.append(f"line {line}: merge key '<<': YAML merge keys are not allowed; write each field out")
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_collections) >= MAX_DEPTH:
                out.append(f"line {line}: nested more than {MAX_DEPTH} levels deep; data files never need that")
                return out
            open_collections.append(True if isinstance(event, yaml.MappingStartEvent) else None)
        if len(out) >= 20:  # enough to act on; the rest would repeat
            break
    return out


def _explicit_tag(event: yaml.NodeEvent) -> bool:
    tag = getattr(event, "tag", None)
    implicit = getattr(event, "implicit", True)
    return bool(tag) and not (implicit is True or (isinstance(implicit, tuple) and any(implicit)))


def _describe_yaml_error(err: yaml.YAMLError, text: str) -> str:
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    lines = text.splitlines()
    has_tab = mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]
    if has_tab:  # the parsers word this obscurely, and differently from each other
        problem = "a tab character where YAML needs spaces; indent with spaces, not tabs"
    return f"{where}invalid YAML: {problem}"


def _check_duplicate_keys(node: yaml.Node, path: tuple, label: str, problems: Problems) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.add(
                    label,
                    format_path(path),
                    f"duplicate key '{key}' on line {line} (first on line {seen[key]}); "
                    "the second would silently replace the first",
                )
            else:
                seen[key] = line
            _check_duplicate_keys(value_node, (*path, key), label, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _check_duplicate_keys(item, (*path, Item(_item_label(item, index))), label, problems)


def _item_label(node: yaml.Node, index: int) -> int | str:
    """A list item is named by its `id` when it has one, as in `roles[backend]`."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode) and value_node.value:
                return value_node.value
    return index
