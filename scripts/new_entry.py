"""Scaffold a new role, language, skill, framework or database: a data entry (and a page, in the nav).

Usage: python scripts/new_entry.py KIND ID [--group GROUP] [--root DIR]
       make new kind=language id=elixir

The scaffold validates and builds at once, so you can preview it with `make serve`;
its "TODO" markers make `make test` fail until every one is replaced with real content.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

ENTRIES = {
    "language": (
        "languages.yml",
        """  - id: {id}
    name: {name}
    summary: TODO one or two sentences on what {name} is and where it shines.
    typing: dynamic  # TODO static | dynamic | gradual
    paradigms: [TODO]
    learning_curve: moderate  # TODO gentle | moderate | steep
    used_for: [TODO]
    roles: [backend]  # TODO ids in roles.yml
    first_appeared: 2000  # TODO
    website: https://example.org/  # TODO the official site
""",
    ),
    "role": (
        "roles.yml",
        """  - id: {id}
    name: {name}
    aka: []
    summary: TODO one sentence on what this person builds.
    responsibilities: [TODO, TODO, TODO]
    skills: [how-the-web-works, http, git]  # TODO core skills, ids in skills.yml
    languages: [javascript]  # TODO ids in languages.yml
    works_with: TODO who they work with most.
    easy_to_overlook: TODO what the job involves that newcomers often do not weigh.
""",
    ),
    "skill": (
        "skills.yml",
        """  - id: {id}
    name: {name}
    group: {group}
    summary: TODO what it is, in one or two sentences.
    why: TODO why it matters at work.
    levels:
      junior: TODO
      mid: TODO
      senior: TODO
    resources:
      - title: TODO
        url: https://example.org/  # TODO
        type: docs
        cost: free
      - title: TODO
        url: https://example.org/  # TODO
        type: docs
        cost: free
""",
    ),
    "framework": (
        "frameworks.yml",
        """  - id: {id}
    name: {name}
    kind: backend  # TODO frontend | backend | full-stack | mobile
    summary: TODO one or two sentences on what it gives you.
    languages: [javascript]  # TODO ids in languages.yml
    roles: [backend]  # TODO ids in roles.yml
    website: https://example.org/  # TODO the official site
""",
    ),
    "database": (
        "databases.yml",
        """  - id: {id}
    name: {name}
    model: relational  # TODO relational | document | key-value | wide-column | graph | search
    summary: TODO one or two sentences.
    good_for: [TODO]
    watch_out: TODO the main trade-off or pitfall.
    roles: [backend]  # TODO ids in roles.yml
    licence: TODO
    website: https://example.org/  # TODO the official site
""",
    ),
}

# a new role also needs a roadmap (four stages), a project for it, and an answer in the role-fit
# guide that points to it: placeholders that validate, marked TODO
ROLE_EXTRAS = (
    (
        "roadmaps.yml",
        "stages",
        "".join(
            f"""  - id: {{id}}-stage-{n}
    role: {{id}}
    name: TODO stage {n}
    outcome: TODO what you can do at the end of this stage.
    skills: [{skill}]  # TODO
{after}    projects: [{{id}}-first-project]  # TODO ids in projects.yml
    effort: {{{{low: 15, high: 20, basis: [fso-part-0]}}}}  # TODO ids in effort.yml whose stated hours it rests on
"""
            for n, skill, after in (
                (1, "how-the-web-works", ""),
                (2, "http", "    after: [{id}-stage-1]\n"),
                (3, "git", "    after: [{id}-stage-2]\n"),
                (4, "http", "    after: [{id}-stage-3]\n"),
            )
        ),
    ),
    (
        "projects.yml",
        "projects",
        """  - id: {id}-first-project
    title: TODO a first project
    level: beginner
    roles: [{id}]
    summary: TODO one sentence, what you build.
    brief: TODO the situation, who uses it and what to build.
    skills: [how-the-web-works, http, git]  # TODO
    done: [TODO, TODO, TODO]
    stretch: [TODO]
    shows: TODO what finishing it shows an employer.
""",
    ),
)


def add_fit_point(role_fit: Path, ident: str) -> None:
    """Point the first statement with room for another role to the new role, with a TODO reason."""
    content = role_fit.read_text(encoding="utf-8")
    questions = yaml.safe_load(content)["questions"]
    target = next(q["id"] for q in questions if len(q["points"]) < 5)
    start = content.index(f"  - id: {target}\n")
    at = content.index("    points:\n", start) + len("    points:\n")
    point = f"      - role: {ident}\n        weight: 1\n        because: TODO what on the role's page makes this so.\n"
    role_fit.write_text(content[:at] + point + content[at:], encoding="utf-8")


# kind -> (page path, nav section title, page body)
PAGES = {
    "language": (
        "languages/{id}.md",
        "Languages",
        """---
title: {name}
description: >-
  TODO one or two sentences for search results and link previews: what {name}
  is used for and who should learn it.
---

# {name}

{{{{ language_card("{id}") }}}}

## Where it is used

TODO

## Typing and paradigms

TODO

## Learning curve

TODO

## Ecosystem

TODO

## Popularity

{{{{ language_stats("{id}") }}}}

## When to pick it

TODO
""",
    ),
    "role": (
        "roles/{id}.md",
        "Roles",
        """---
title: {name}
description: >-
  TODO what a {name} does, a typical day, the skills by level, how to start,
  and sourced pay and outlook figures.
---

# {name}

{{{{ role_card("{id}") }}}}

## What the job is

TODO

## A typical day

TODO

## Responsibilities

{{{{ role_responsibilities("{id}") }}}}

## Skills by level

{{{{ role_skills("{id}") }}}}

## Your roadmap

{{{{ role_roadmap("{id}") }}}}

## Your skills checklist

{{{{ role_checklist("{id}") }}}}

## Languages and frameworks

{{{{ role_languages("{id}") }}}}

## How to start

TODO three concrete first steps.

## How the career grows

TODO

## Pay and outlook

{{{{ role_stats("{id}") }}}}

## Related roles

{{{{ related_roles("{id}") }}}}

## Is this for you?

TODO
""",
    ),
}


def append_entry(data_file: Path, collection: str, text: str, ident: str) -> None:
    content = data_file.read_text(encoding="utf-8")
    if ident and re.search(rf"(?m)^  - id: {re.escape(ident)}$", content):
        sys.exit(f"{data_file.name} already has an entry with id '{ident}'")
    if re.search(rf"(?m)^{collection}: \[\]$", content):
        content = re.sub(rf"(?m)^{collection}: \[\]$", f"{collection}:", content)
    data_file.write_text(content.rstrip("\n") + "\n" + text, encoding="utf-8")


def add_to_nav(config: Path, section: str, title: str, page: str) -> None:
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"  - {section}:")
    end = start + 1
    while end < len(lines) and lines[end].startswith("      "):
        end += 1
    lines.insert(end, f"      - {title}: {page}")
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=sorted(ENTRIES))
    parser.add_argument("id")
    parser.add_argument("--group", default="fundamentals", help="skill group id (skills only)")
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if not ID.match(args.id):
        parser.error(f"'{args.id}' is not a valid id: lowercase letters, digits and single hyphens")
    name = args.id.replace("-", " ").capitalize()
    data_name, template = ENTRIES[args.kind]
    collection = data_name.removesuffix(".yml")
    append_entry(
        args.root / "data" / data_name, collection, template.format(id=args.id, name=name, group=args.group), args.id
    )
    print(f"added '{args.id}' to data/{data_name}")
    if args.kind == "role":
        for extra_file, extra_collection, extra in ROLE_EXTRAS:
            append_entry(args.root / "data" / extra_file, extra_collection, extra.format(id=args.id), "")
        add_fit_point(args.root / "data" / "role_fit.yml", args.id)
        print("added its roadmap stages, a first project and a role-fit answer: each marked TODO")
    if args.kind in PAGES:
        page_path, section, body = PAGES[args.kind]
        page = args.root / "docs" / page_path.format(id=args.id)
        if page.exists():
            sys.exit(f"{page} already exists")
        page.write_text(body.format(id=args.id, name=name), encoding="utf-8")
        add_to_nav(args.root / "mkdocs.yml", section, name, page_path.format(id=args.id))
        print(f"wrote docs/{page_path.format(id=args.id)} and added it to the nav under {section}")
    print("Replace every TODO, then run make test. Preview with make serve.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
