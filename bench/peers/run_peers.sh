#!/usr/bin/env bash
# Builds and runs the three peer benchmarks (CVODE, SciPy, R deSolve) and collects their rows in
# bench/peers/results/peers.csv (an artefact, git-ignored):
#   tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals
#
#   bench/peers/run_peers.sh            # rtol 1e-4 ... 1e-10 (slow: SciPy/R on Van der Pol dominate)
#   bench/peers/run_peers.sh --quick    # rtol 1e-6 and 1e-8 only
#   extra arguments after the options are passed to all three scripts, e.g. --problems hires,orego
#   or --exclude U (diagnostic: leave U out of the error measure).
#
# The runs are sequential so that the tools do not compete for cores; a machine description is
# written next to the results (results/machine.txt) because timings mean nothing without it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rtols="1e-4,1e-5,1e-6,1e-7,1e-8,1e-9,1e-10"
if [[ "${1:-}" == "--quick" ]]; then
  rtols="1e-6,1e-8"
  shift
fi
extra=("$@")
results="$here/results"
mkdir -p "$results"
out="$results/peers.csv"

make -C "$here" CC=gcc --no-print-directory build/cvode_bench

{
  echo "date: $(date -Iseconds)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "sundials: $("$here/build/cvode_bench" version)"
  echo "gcc: $(gcc -dumpfullversion)"
  echo "python: $(/usr/bin/python3 -c 'import sys, numpy, scipy; print(sys.version.split()[0], "numpy", numpy.__version__, "scipy", scipy.__version__)')"
  echo "R: $(Rscript -e 'cat(R.version.string, "deSolve", as.character(packageVersion("deSolve")))' 2>/dev/null)"
  echo "rtols: $rtols"
} > "$results/machine.txt"
cat "$results/machine.txt" >&2

header="tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals"
echo "$header" > "$out"
# Each tool prints the header itself; drop it and append the rows. tee shows progress on stderr.
(cd "$root" && "$here/build/cvode_bench" bench --rtols "$rtols" --refdir "$root/data/reference" "${extra[@]}") \
  | tail -n +2 | tee -a "$out" >&2
(cd "$here" && /usr/bin/python3 scipy_bench.py --rtols "$rtols" --refdir "$root/data/reference" "${extra[@]}") \
  | tail -n +2 | tee -a "$out" >&2
(cd "$here" && Rscript desolve_bench.R --rtols "$rtols" --refdir "$root/data/reference" "${extra[@]}") \
  | tail -n +2 | tee -a "$out" >&2
echo "wrote $out" >&2
