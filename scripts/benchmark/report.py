"""The results as one flat table, compared with the committed baseline and the budgets."""

from __future__ import annotations

from .budgets import BUDGETS
from .common import RESULTS


def flatten(results: dict) -> dict:
    flat: dict = {}
    if "build" in results:  # a run of other phases alone has no build figures
        flat.update(_build(results["build"]))
    if "edit" in results:
        flat["edit_loop_s"] = results["edit"]["chapter_edit_s"]
        flat["edit_loop_data_s"] = results["edit"]["data_edit_s"]
    flat.update(results.get("reader", {}))
    flat.update(results.get("lighthouse", {}))
    return flat


def _build(build: dict) -> dict:
    flat = {"real_build_s": build["real"]["seconds"], "real_ms_per_page": build["real"]["ms_per_page"]}
    for size, row in build["synthetic"].items():
        for key, value in row.items():
            flat[f"synthetic_{size}_{key}"] = value
    synthetic = build["synthetic"]
    if "1000" in synthetic:
        flat["macro_overhead_1000"] = synthetic["1000"]["macro_overhead"]
        if "vs_stock" in synthetic["1000"]:
            flat["vs_stock_1000"] = synthetic["1000"]["vs_stock"]
        if "100" in synthetic:
            flat["scaling_1000_vs_100"] = round(synthetic["1000"]["ms_per_page"] / synthetic["100"]["ms_per_page"], 3)
    return flat


def report(flat: dict, baseline: dict) -> int:
    print(f"\n{'figure':40} {'value':>10} {'baseline':>10} {'ratio':>7}  budget")
    failed = 0
    for key, value in flat.items():
        base = baseline.get(key)
        ratio = f"{value / base:.2f}" if isinstance(base, (int, float)) and base else ""
        budget = ""
        if key in BUDGETS:
            text, limit, kind = BUDGETS[key]
            ok = value <= limit if kind == "max" else value >= limit
            failed += not ok
            budget = ("ok   " if ok else "OVER ") + text
        print(f"{key:40} {value:>10} {base if base is not None else '':>10} {ratio:>7}  {budget}")
    print(f"\n{failed} budget{'s' if failed != 1 else ''} over; results in {RESULTS / 'latest.json'}")
    return failed
