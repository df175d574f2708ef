"""Build cost: the real handbook, and synthetic chapters at several sizes, each built with the
handbook's configuration, without the macro layer, and with stock Material."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from .common import ENV, copy_project

SECTION_SIZE = 25


def timed_build(project: Path, config: str = "mkdocs.yml") -> float:
    site = project / "site-bench"
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config, "-d", str(site)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    return elapsed


SENTENCES = [
    "Teams that ship often keep their changes small and their tests fast.",
    "A junior developer is hired for fundamentals and the ability to learn, not for a finished portfolio.",
    "Most production incidents start with a change nobody expected to matter.",
    "Reading other people's code is a skill of its own, and reviews are where it grows.",
    "The same concepts carry over between languages: HTTP, SQL, testing and security.",
    "Pay varies more with location and company than with the exact job title.",
]
MACRO_LINES = [
    'Median pay for the occupation was {{ figure("bls-software-developers-median-pay-2023") }}.',
    '{{ role_card("backend") }}',
    '{{ stat("bls-sdqat-growth-2023-2033") }}',
    '{{ related_roles("frontend") }}',
    '{{ language_card("python") }}',
]


def synthetic_page(n: int) -> str:
    paragraphs = [" ".join(SENTENCES[(n + i + j) % len(SENTENCES)] for j in range(4)) for i in range(6)]
    return f"""---
title: Synthetic chapter {n}
description: A generated chapter for the build benchmark, shaped like the handbook's own chapters.
---

# Synthetic chapter {n}

{paragraphs[0]}

## What the work involves

{paragraphs[1]}

{MACRO_LINES[n % len(MACRO_LINES)]}

| Level | What it looks like |
| --- | --- |
| Junior | Ships small, well-tested changes with help. |
| Mid | Owns features from design to release. |
| Senior | Prevents problems and makes others effective. |

!!! note "A note on sources"

    {paragraphs[2]}

## How to start

1. {SENTENCES[n % 6]}
2. {SENTENCES[(n + 1) % 6]}
3. {SENTENCES[(n + 2) % 6]}

{paragraphs[3]}

## Trade-offs

{paragraphs[4]}

{MACRO_LINES[(n + 2) % len(MACRO_LINES)]}

{paragraphs[5]}
"""


def synthetic_project(dest: Path, pages: int) -> Path:
    """The real handbook plus `pages` generated chapters in sections of 25, in the nav."""
    project = copy_project(dest)
    config = yaml.load((project / "mkdocs.yml").read_text(), Loader=_Loader)
    nav_sections = []
    for start in range(0, pages, SECTION_SIZE):
        section = []
        for n in range(start, min(start + SECTION_SIZE, pages)):
            path = f"synthetic/part-{start // SECTION_SIZE:03d}/chapter-{n:04d}.md"
            (project / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
            (project / "docs" / path).write_text(synthetic_page(n))
            section.append({f"Synthetic chapter {n}": path})
        nav_sections.append({f"Synthetic part {start // SECTION_SIZE + 1}": section})
    insert = _nav_text(nav_sections)
    text = (project / "mkdocs.yml").read_text()
    text = text.replace("  - About:\n", insert + "  - About:\n", 1)
    (project / "mkdocs.yml").write_text(text)
    assert config  # parsed once to be sure the configuration is readable
    return project


def _nav_text(sections: list[dict]) -> str:
    lines = []
    for section in sections:
        ((title, items),) = section.items()
        lines.append(f"  - {title}:")
        for item in items:
            ((name, path),) = item.items()
            lines.append(f"      - {name}: {path}")
    return "\n".join(lines) + "\n"


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


CAPTURE_HOOK = '''
"""Benchmark helper: writes each page's Markdown after the macros ran, with its front matter."""
from pathlib import Path
import yaml
OUT = Path(__file__).parent / "docs-rendered"
def on_page_markdown(markdown, page, config, files):
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in page.meta.items() if k in ("title", "description", "hide")}
    target.write_text("---\\n" + yaml.safe_dump(meta) + "---\\n\\n" + markdown)
    return markdown
'''


def without_macros(project: Path) -> tuple[str, str]:
    """Configurations for the same pages with the macro output written in: the handbook's own
    configuration without the macros plugin, and stock Material's default configuration."""
    (project / "capture_hook.py").write_text(CAPTURE_HOOK)
    text = (project / "mkdocs.yml").read_text()
    capture = text.replace("hooks:\n", "hooks:\n  - capture_hook.py\n", 1)
    (project / "mkdocs-capture.yml").write_text(capture)
    timed_build(project, "mkdocs-capture.yml")
    rendered = project / "docs-rendered"
    for asset in (project / "docs").rglob("*"):
        if asset.is_file() and asset.suffix != ".md":
            target = rendered / asset.relative_to(project / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(asset, target)
    start, end = text.index("  macros:\n"), text.index("\nmarkdown_extensions:")
    plain = text[:start] + text[end:]
    plain = plain.replace("strict: true", "strict: true\ndocs_dir: docs-rendered", 1)
    # the glossary tooltips the data layer configures, written in as plain configuration
    glossary = json.dumps(_glossary(project))
    plain = plain.replace("\n  - abbr\n", f"\n  - abbr:\n      glossary: {glossary}\n", 1)
    (project / "mkdocs-nomacros.yml").write_text(plain)
    nav = text[text.index("\nnav:\n") :]
    stock = "site_name: Benchmark\ndocs_dir: docs-rendered\ntheme:\n  name: material\n" + nav
    (project / "mkdocs-stock.yml").write_text(stock)
    return "mkdocs-nomacros.yml", "mkdocs-stock.yml"


def _glossary(project: Path) -> dict:
    sys.path.insert(0, str(project))
    try:
        from macros.catalog import Catalog
        from macros.views.reference import abbreviations

        return abbreviations(Catalog.load(project / "data"))
    finally:
        sys.path.remove(str(project))


def interleaved(project: Path, configs: dict[str, str], runs: int) -> dict[str, float]:
    """Median build time of each configuration, built in turn round by round, so that a machine
    growing busier or quieter during the run shifts every configuration alike, not one of them."""
    times: dict[str, list[float]] = {key: [] for key in configs}
    for _ in range(runs):
        for key, config in configs.items():
            times[key].append(timed_build(project, config))
    return {key: statistics.median(values) for key, values in times.items()}


def build_cost(sizes: list[int], stock_sizes: list[int], runs: int = 3) -> dict:
    out: dict = {"real": {}, "synthetic": {}}
    with tempfile.TemporaryDirectory() as tmp:
        real = copy_project(Path(tmp) / "real")
        times = [timed_build(real) for _ in range(3)]
        pages = sum(1 for _ in (real / "site-bench").rglob("index.html"))
        out["real"] = {"pages": pages, "seconds": round(statistics.median(times), 3)}
        out["real"]["ms_per_page"] = round(1000 * out["real"]["seconds"] / pages, 1)
        for size in sizes:
            project = synthetic_project(Path(tmp) / f"synthetic-{size}", size)
            nomacros, stock = without_macros(project)
            pages = size + out["real"]["pages"]
            repeat = runs if size <= 1000 else 1
            configs = {"handbook_s": "mkdocs.yml", "handbook_without_macros_s": nomacros}
            if size in stock_sizes:
                configs["stock_material_s"] = stock
            medians = interleaved(project, configs, repeat)
            row = {"pages": pages, **{key: round(seconds, 3) for key, seconds in medians.items()}}
            row["ms_per_page"] = round(1000 * row["handbook_s"] / pages, 1)
            row["macro_overhead"] = round(row["handbook_s"] / row["handbook_without_macros_s"] - 1, 3)
            if "stock_material_s" in row:
                row["vs_stock"] = round(row["handbook_s"] / row["stock_material_s"], 3)
            out["synthetic"][str(size)] = row
            print(f"  built {size} synthetic pages: {row}", flush=True)
            shutil.rmtree(project)
    return out
