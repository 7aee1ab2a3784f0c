#!/usr/bin/env python3
"""Work-precision table and speed ratios for docs/performance.md.

Reads the peers' rows (bench/peers/results/peers.csv, from run_peers.sh) and ours (the same CSV format, from
`dotnet run -c Release --project bench/Abscopal.Benchmarks -- peers [--quick]`), and prints Markdown:
one table per problem with every tool's seconds per solve, error and steps at each rtol, and the ratio
peer time / Abscopal time (> 1 means Abscopal is faster) against the named Abscopal tool.

  python3 bench/peers/ratio_table.py bench/peers/results/peers.csv bench/peers/results/abscopal.csv [--ours abscopal-rodas4]
"""
import argparse
import csv
import math
from collections import defaultdict


def read(path):
    with open(path, newline="") as f:
        return [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]


def fnum(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return math.nan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("peers")
    ap.add_argument("ours")
    ap.add_argument("--ours", dest="ours_tool", default="abscopal-rodas4")
    a = ap.parse_args()
    rows = read(a.peers) + read(a.ours)
    by_problem = defaultdict(list)
    for r in rows:
        by_problem[r["problem"]].append(r)
    for problem, rs in by_problem.items():
        mine = {fnum(r["rtol"]): fnum(r["seconds_per_solve"]) for r in rs if r["tool"] == a.ours_tool}
        print(f"\n### {problem}\n")
        print(f"| tool | rtol | ms per solve | error | steps | RHS | Jac | time / {a.ours_tool} |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in sorted(rs, key=lambda r: (fnum(r["rtol"]) * -1, r["tool"])):
            rtol, sec = fnum(r["rtol"]), fnum(r["seconds_per_solve"])
            ref = mine.get(rtol, math.nan)
            ratio = sec / ref if ref > 0 and not math.isnan(sec) else math.nan
            ms = "failed" if math.isnan(sec) else f"{sec * 1e3:.3g}"
            err = "—" if math.isnan(fnum(r["error"])) else f"{fnum(r['error']):.1e}"
            rat = "—" if math.isnan(ratio) else f"{ratio:.2g}"
            print(f"| {r['tool']} | {r['rtol']} | {ms} | {err} | {r['steps']} | {r['rhs_evals']} | {r['jac_evals']} | {rat} |")


if __name__ == "__main__":
    main()
