#!/usr/bin/python3
"""SciPy solve_ivp peer benchmark on the problems of docs/problems.md.

Prints CSV rows: tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals
(tool = scipy-<method>), atol = 1e-4*rtol for every state, error = docs/problems.md measure against
data/reference. Output at the reference times comes from solve_ivp's t_eval (dense output), as a
user would ask for it. kosinsky-treated is integrated piecewise between the dose/fraction times,
one solve_ivp call per piece.

Methods: Radau, BDF, LSODA on every problem (all get the analytic Jacobian). The explicit RK45 and
DOP853 run only on the two Kosinsky problems, where they finish in well under a second. They are
skipped on HIRES, Robertson, Van der Pol mu=1000 and OREGO: all four are stiff over long spans, and
RK45 on OREGO did not finish one solve at rtol 1e-6 within 5 minutes.

Timing: time.perf_counter around whole solves; each point is calibrated to >= 0.05 s per batch
and the median per-solve time of 5 batches is reported (3 batches of one solve when a solve takes
over 2 s; the single first solve when it takes over 10 s). Steps come from one extra untimed solve
without t_eval (t_eval does not change the step sequence, only what is returned); it is skipped
(steps left empty) for solves over 10 s.

Time budget: a solve still running after --budget seconds (default 120) is abandoned (SIGALRM) and
printed as seconds_per_solve = error = nan; the tighter tolerances of that method on that problem
are then not attempted (also printed as nan). stderr says which. Van der Pol as written in
docs/problems.md (about 1.4e6 BDF steps at rtol 1e-6) is the problem that runs into it.

Usage: scipy_bench.py [--rtols 1e-6,1e-8] [--problems hires,orego] [--methods Radau,BDF] [--refdir DIR]
                      [--exclude U]   (diagnostic: leave states out of the error measure)
Run with /usr/bin/python3 (Debian's python3-scipy).
"""
import argparse
import os
import signal
import statistics
import sys
import time
import warnings

import numpy as np
from scipy.integrate import solve_ivp

from peer_problems import BY_NAME, PROBLEMS, error_measure, read_reference

HERE = os.path.dirname(os.path.abspath(__file__))
IMPLICIT = ("Radau", "BDF", "LSODA")
EXPLICIT = ("RK45", "DOP853")
EXPLICIT_OK = ("kosinsky-untreated", "kosinsky-treated")


class OverBudget(Exception):
    pass


def _alarm(signum, frame):
    raise OverBudget()


def solve(p, method, rtol, atol, t_eval=True):
    """One full solve. Returns (rows array or None, nfev, njev, nsteps)."""
    y = p.y0.copy()
    out = np.empty((len(p.rows), len(y)))
    bps = p.breakpoints()
    nfev = njev = nsteps = 0
    k = 0
    for a, b in zip(bps[:-1], bps[1:]):
        y = p.apply_events(a, y.copy())
        R = p.rate_after(a)
        kw = {"jac": p.jac(R)} if method in IMPLICIT else {}
        # rows strictly inside the piece come from dense output; a row at the piece start is the
        # state after the events there (right-continuous, as in data/reference); b is appended so
        # the last column is the state at the piece end.
        while k < len(p.rows) and p.rows[k] == a:
            out[k] = y
            k += 1
        inside = [t for t in p.rows[k:] if a < t < b]
        te = (inside + [b]) if t_eval else None
        sol = solve_ivp(p.f(R), (a, b), y, method=method, t_eval=te, rtol=rtol, atol=atol, **kw)
        if sol.status != 0:
            return None, nfev, njev, nsteps
        nfev += sol.nfev
        njev += sol.njev
        nsteps += len(sol.t) - 1
        if t_eval:
            for j in range(len(inside)):
                out[k] = sol.y[:, j]
                k += 1
        y = sol.y[:, -1].copy()
    while k < len(p.rows):  # rows at tend
        out[k] = y
        k += 1
    return out, nfev, njev, nsteps


def time_solves(fn, first):
    """Median per-solve seconds over batches; `first` = duration of an already-done warm-up solve."""
    if first > 10.0:
        return first
    if first > 2.0:
        batches, reps = 3, 1
    else:
        batches, reps = 5, max(1, int(np.ceil(0.05 / max(first, 1e-9))))
    per = []
    for _ in range(batches):
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        per.append((time.perf_counter() - t0) / reps)
    return statistics.median(per)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rtols", default=",".join(f"1e-{e}" for e in range(4, 11)))
    ap.add_argument("--problems", default=",".join(p.name for p in PROBLEMS))
    ap.add_argument("--methods", default=",".join(IMPLICIT + EXPLICIT))
    ap.add_argument("--budget", type=float, default=120.0, help="seconds allowed for one solve")
    ap.add_argument("--exclude", default="", help="diagnostic: states left out of the error, e.g. U")
    ap.add_argument("--refdir", default=os.path.normpath(os.path.join(HERE, "..", "..", "data", "reference")))
    args = ap.parse_args()
    rtols = [float(x) for x in args.rtols.split(",")]
    methods = args.methods.split(",")
    print("tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals", flush=True)
    for name in args.problems.split(","):
        p = BY_NAME[name]
        _, ref = read_reference(os.path.join(args.refdir, f"{name}.csv"))
        skip = [i for i, s in enumerate(p.names) if s in args.exclude.split(",")]
        for method in methods:
            if method in EXPLICIT and name not in EXPLICIT_OK:
                print(f"# skip scipy-{method} on {name}: explicit method on a very stiff problem", file=sys.stderr)
                continue
            over = False
            for rtol in rtols:
                atol = 1e-4 * rtol
                row = f"scipy-{method},{name},{rtol:.0e},{atol:.0e}"
                if over:
                    print(f"{row},nan,nan,,,", flush=True)
                    continue
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # LSODA/Radau chatter at tight tolerances
                    signal.signal(signal.SIGALRM, _alarm)
                    signal.setitimer(signal.ITIMER_REAL, args.budget)
                    t0 = time.perf_counter()
                    try:
                        out, nfev, njev, _ = solve(p, method, rtol, atol)
                    except OverBudget:
                        out, over = None, True
                    finally:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                    first = time.perf_counter() - t0
                    if out is None:
                        why = f"over the {args.budget:g} s budget" if over else "solver failure"
                        print(f"# scipy-{method} {name} rtol {rtol:g}: {why}", file=sys.stderr)
                        print(f"{row},nan,nan,,,", flush=True)
                        continue
                    err = error_measure(out, ref, skip)
                    steps = solve(p, method, rtol, atol, t_eval=False)[3] if first <= 10.0 else ""
                    sec = time_solves(lambda: solve(p, method, rtol, atol), first)
                print(f"{row},{sec:.6g},{err:.3e},{steps},{nfev},{njev}", flush=True)


if __name__ == "__main__":
    main()
