"""The handbook's benchmark: build cost, edit loop, reader cost, Lighthouse performance,
against budgets and a baseline.

Usage: python scripts/bench.py [--sizes 100,1000,3000] [--stock-sizes 100,1000] [--phases build,edit,reader,lighthouse]
       make bench

Prints a table, writes bench/results/latest.json, and compares each figure with the
committed bench/baseline.json as a ratio (above 1 is slower or heavier). Timings are
wall-clock on this machine: compare ratios measured in the same run, not across machines.
Not part of make test: timings decide nothing there. Each phase is a module in scripts/benchmark/.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import building, edit_loop, lighthouse, reader
from benchmark.common import BASELINE, RESULTS
from benchmark.report import flatten, report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,3000")
    parser.add_argument("--stock-sizes", default="100,1000")
    parser.add_argument(
        "--phases", default="build,edit,reader,lighthouse", help="any of build, edit, reader, lighthouse"
    )
    parser.add_argument("--save-baseline", action="store_true", help="also write the results as the new baseline")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stock = [int(s) for s in args.stock_sizes.split(",") if s]
    phases = set(args.phases.split(","))
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest = RESULTS / "latest.json"
    # a partial run updates the phases it ran and keeps the others from the last run
    results: dict = json.loads(latest.read_text())["results"] if latest.is_file() else {}

    def save() -> None:
        latest.write_text(json.dumps({"results": results, "flat": flatten(results)}, indent=2) + "\n")

    if "build" in phases:
        print("Build cost...", flush=True)
        results["build"] = building.build_cost(sizes, stock)
        save()
    if "edit" in phases:
        print("Edit loop...", flush=True)
        results["edit"] = edit_loop.edit_loop()
        save()
    if "reader" in phases:
        print("Reader cost...", flush=True)
        results["reader"] = reader.reader_phase(1000 in sizes)
        save()
    if "lighthouse" in phases:
        print("Lighthouse performance...", flush=True)
        results["lighthouse"] = lighthouse.lighthouse_phase()
        save()
    flat = flatten(results)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.is_file() else {}
    if args.save_baseline:
        BASELINE.write_text(json.dumps(flat, indent=2, sort_keys=True) + "\n")
    failed = report(flat, baseline)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
