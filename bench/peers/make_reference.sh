#!/usr/bin/env bash
# Regenerates data/reference/<problem>.csv (all six problems, or those named as arguments).
#
#   bench/peers/make_reference.sh                 # all six (a few minutes)
#   bench/peers/make_reference.sh hires orego     # a subset
#
# Needs: gcc, libsundials-dev (SUNDIALS 6.4.1), Debian's python3-scipy run by /usr/bin/python3 (the
# pyenv python3 first on PATH has no scipy). What is computed and why is described in
# make_reference.py and data/reference/PROVENANCE.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
make -C "$here" CC=gcc --no-print-directory build/cvode_bench
# The hand-written Jacobians are checked against finite differences before they are trusted.
"$here/build/cvode_bench" check-jac
/usr/bin/python3 "$here/make_reference.py" "$@"
