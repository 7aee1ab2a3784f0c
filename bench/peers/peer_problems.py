"""The six problems of docs/problems.md for the Python peers (scipy_bench.py, make_reference.py).

Written independently of cvode_bench.c and desolve_bench.R from the equations in docs/problems.md, so
that a transcription error in one language shows up as disagreement with the shared reference data.
Only numpy is needed here.

Every problem exposes:
  name, names (state names), y0, t0, tend, rows (reference times),
  f(R) -> rhs(t, y), jac(R) -> jac(t, y)   (R = radiation dose rate; 0 except inside a fraction),
  treated (bool: Kosinsky dosing/fraction schedule), floor (reference run: atol_i = rtol * floor_i).
"""
import math

import numpy as np

# --------------------------------------------------------------------------------------------------
# Stiff classics
# --------------------------------------------------------------------------------------------------


def hires_f(R):
    def f(t, y):
        y1, y2, y3, y4, y5, y6, y7, y8 = y
        return np.array([
            -1.71 * y1 + 0.43 * y2 + 8.32 * y3 + 0.0007,
            1.71 * y1 - 8.75 * y2,
            -10.03 * y3 + 0.43 * y4 + 0.035 * y5,
            8.32 * y2 + 1.71 * y3 - 1.12 * y4,
            -1.745 * y5 + 0.43 * y6 + 0.43 * y7,
            -280.0 * y6 * y8 + 0.69 * y4 + 1.71 * y5 - 0.43 * y6 + 0.69 * y7,
            280.0 * y6 * y8 - 1.81 * y7,
            -280.0 * y6 * y8 + 1.81 * y7,
        ])
    return f


def hires_jac(R):
    def jac(t, y):
        y6, y8 = y[5], y[7]
        J = np.zeros((8, 8))
        J[0, 0:3] = (-1.71, 0.43, 8.32)
        J[1, 0:2] = (1.71, -8.75)
        J[2, 2:5] = (-10.03, 0.43, 0.035)
        J[3, 1:4] = (8.32, 1.71, -1.12)
        J[4, 4:7] = (-1.745, 0.43, 0.43)
        J[5, 3:8] = (0.69, 1.71, -280.0 * y8 - 0.43, 0.69, -280.0 * y6)
        J[6, 5:8] = (280.0 * y8, -1.81, 280.0 * y6)
        J[7, 5:8] = (-280.0 * y8, 1.81, -280.0 * y6)
        return J
    return jac


def rober_f(R):
    def f(t, y):
        y1, y2, y3 = y
        return np.array([
            -0.04 * y1 + 1e4 * y2 * y3,
            0.04 * y1 - 1e4 * y2 * y3 - 3e7 * y2 * y2,
            3e7 * y2 * y2,
        ])
    return f


def rober_jac(R):
    def jac(t, y):
        y1, y2, y3 = y
        return np.array([
            [-0.04, 1e4 * y3, 1e4 * y2],
            [0.04, -1e4 * y3 - 6e7 * y2, -1e4 * y2],
            [0.0, 6e7 * y2, 0.0],
        ])
    return jac


def vdp_f(R):
    def f(t, y):
        y1, y2 = y
        return np.array([y2, 1000.0 * (1.0 - y1 * y1) * y2 - y1])
    return f


def vdp_jac(R):
    def jac(t, y):
        y1, y2 = y
        return np.array([[0.0, 1.0], [-2000.0 * y1 * y2 - 1.0, 1000.0 * (1.0 - y1 * y1)]])
    return jac


def orego_f(R):
    def f(t, y):
        y1, y2, y3 = y
        return np.array([
            77.27 * (y2 + y1 * (1.0 - 8.375e-6 * y1 - y2)),
            (y3 - (1.0 + y1) * y2) / 77.27,
            0.161 * (y1 - y3),
        ])
    return f


def orego_jac(R):
    def jac(t, y):
        y1, y2, y3 = y
        return np.array([
            [77.27 * (1.0 - 2.0 * 8.375e-6 * y1 - y2), 77.27 * (1.0 - y1), 0.0],
            [-y2 / 77.27, -(1.0 + y1) / 77.27, 1.0 / 77.27],
            [0.161, 0.0, -0.161],
        ])
    return jac


# --------------------------------------------------------------------------------------------------
# Kosinsky 2018 (parameters exactly as docs/problems.md)
# --------------------------------------------------------------------------------------------------
KP = dict(r=0.4, TVmax=2500.0, d0=0.01, kLN=279.0, SL=8.89, kpro=3.0, kdif=3.2, kel=0.2, kapo=2.0,
          e=0.001, Kpdl=478.0, kpdl=1.0, Ktcd=0.2, SR=30.5, alpha=0.146, delta=19.0, tau=0.02,
          mu=0.1725, KD=30.0, ka=8.0, kelmAb=0.15, Vd=0.003)


def kos_f(R):
    p = KP
    r, TVmax, d0, kLN, SL = p["r"], p["TVmax"], p["d0"], p["kLN"], p["SL"]
    kpro, kdif, kel, kapo, e = p["kpro"], p["kdif"], p["kel"], p["kapo"], p["e"]
    Kpdl, kpdl, Ktcd, SR, alpha = p["Kpdl"], p["kpdl"], p["Ktcd"], p["SR"], p["alpha"]
    delta, tau, mu, KD, ka, kelmAb, Vd = p["delta"], p["tau"], p["mu"], p["KD"], p["ka"], p["kelmAb"], p["Vd"]

    def f(t, y):
        TV, U, nT, dT, P, TVd, Ad, Ac = y
        A = Ac / Vd
        D = mu * TVd / (TV + TVd) + e * dT + d0
        M = D * D / (D * D + Ktcd * Ktcd)
        W = M * (TV + TVd)
        influx = kLN * W / (W + SL)
        supp = 1.0 - W / (W + SR)
        block = 1.0 - P / (1.0 + A / KD)
        kill = TV * (alpha * R + 0.2 * alpha / (tau * delta * delta) * U * U)
        return np.array([
            r * TV * (1.0 - TV / TVmax) - kill - (e * dT + d0) * TV,
            delta * R - U / tau,
            influx + block * supp * (kpro - kdif) * nT - kel * nT,
            block * supp * kdif * nT - kapo * dT,
            kpdl * (dT / (Kpdl + dT) - P),
            kill - mu * TVd,
            -ka * Ad,
            ka * Ad - kelmAb * Ac,
        ])
    return f


def kos_jac(R):
    """Chain rule through S = TV+TVd, D, M = D^2/(D^2+Ktcd^2), W = M*S, influx(W), supp(W), block(P, Acent)."""
    p = KP
    r, TVmax, d0, kLN, SL = p["r"], p["TVmax"], p["d0"], p["kLN"], p["SL"]
    kpro, kdif, kel, kapo, e = p["kpro"], p["kdif"], p["kel"], p["kapo"], p["e"]
    Kpdl, kpdl, Ktcd, SR, alpha = p["Kpdl"], p["kpdl"], p["Ktcd"], p["SR"], p["alpha"]
    delta, tau, mu, KD, ka, kelmAb, Vd = p["delta"], p["tau"], p["mu"], p["KD"], p["ka"], p["kelmAb"], p["Vd"]
    c = 0.2 * alpha / (tau * delta * delta)
    net = kpro - kdif

    def jac(t, y):
        TV, U, nT, dT, P, TVd, Ad, Ac = y
        S = TV + TVd
        D = mu * TVd / S + e * dT + d0
        K2, D2 = Ktcd * Ktcd, D * D
        M = D2 / (D2 + K2)
        W = M * S
        supp = 1.0 - W / (W + SR)
        q = 1.0 + (Ac / Vd) / KD
        block = 1.0 - P / q
        g = block * supp
        dM_dD = 2.0 * D * K2 / (D2 + K2) ** 2
        # dW/d(TV, TVd, dT)
        dW = (S * dM_dD * (-mu * TVd / S ** 2) + M, S * dM_dD * (mu * TV / S ** 2) + M, S * dM_dD * e)
        dinf = kLN * SL / (W + SL) ** 2
        dg_dW = block * (-SR / (W + SR) ** 2)
        db_dP = -1.0 / q
        db_dAc = P / (q * q) / (Vd * KD)
        J = np.zeros((8, 8))
        J[0, 0] = r * (1.0 - 2.0 * TV / TVmax) - (alpha * R + c * U * U) - (e * dT + d0)
        J[0, 1] = -2.0 * c * TV * U
        J[0, 3] = -e * TV
        J[1, 1] = -1.0 / tau
        a = dinf + net * nT * dg_dW
        J[2, 0], J[2, 5], J[2, 3] = a * dW[0], a * dW[1], a * dW[2]
        J[2, 2] = g * net - kel
        J[2, 4] = net * nT * supp * db_dP
        J[2, 7] = net * nT * supp * db_dAc
        a = kdif * nT * dg_dW
        J[3, 0], J[3, 5], J[3, 3] = a * dW[0], a * dW[1], a * dW[2] - kapo
        J[3, 2] = g * kdif
        J[3, 4] = kdif * nT * supp * db_dP
        J[3, 7] = kdif * nT * supp * db_dAc
        J[4, 3] = kpdl * Kpdl / (Kpdl + dT) ** 2
        J[4, 4] = -kpdl
        J[5, 0] = alpha * R + c * U * U
        J[5, 1] = 2.0 * c * TV * U
        J[5, 5] = -mu
        J[6, 6] = -ka
        J[7, 6] = ka
        J[7, 7] = -kelmAb
        return J
    return jac


# Treatment schedule of kosinsky-treated. Fraction end = start + 2/1152 computed exactly like this in
# every peer so that the breakpoints are bit-identical across languages.
FRACTION_STARTS = (7.0, 8.0, 9.0, 10.0, 11.0)
FRACTION_RATE = 1152.0      # Gy/day (0.8 Gy/min)
FRACTION_DOSE = 2.0         # Gy
DOSE_TIMES = (7.0, 9.0, 11.0, 14.0, 16.0, 18.0, 21.0, 23.0, 25.0)
DOSE_NMOL = 1.3333333333333333  # 0.2 mg of a 150 kDa antibody
ADEPOT = 6


class Problem:
    def __init__(self, name, names, f, jac, y0, tend, rows, treated=False, floor=None):
        self.name, self.names, self.f, self.jac = name, names, f, jac
        self.y0 = np.array(y0, dtype=float)
        self.t0, self.tend = 0.0, float(tend)
        self.rows = np.array(rows, dtype=float)
        self.treated = treated
        self.floor = np.array(floor, dtype=float)

    def breakpoints(self):
        """t0 < b1 < ... < tend: the solver is restarted at each (a single piece for untreated problems)."""
        if not self.treated:
            return [self.t0, self.tend]
        cand = set(DOSE_TIMES)
        for s in FRACTION_STARTS:
            cand.add(s)
            cand.add(s + FRACTION_DOSE / FRACTION_RATE)
        return [self.t0] + sorted(c for c in cand if self.t0 < c < self.tend) + [self.tend]

    def rate_after(self, t):
        """Dose rate on [t, next breakpoint)."""
        if not self.treated:
            return 0.0
        for s in FRACTION_STARTS:
            if s <= t < s + FRACTION_DOSE / FRACTION_RATE:
                return FRACTION_RATE
        return 0.0

    def apply_events(self, t, y):
        """Boluses scheduled exactly at t (applied before R switches, as docs/problems.md asks)."""
        if self.treated:
            for td in DOSE_TIMES:
                if td == t:
                    y[ADEPOT] += DOSE_NMOL
        return y


KOS_NAMES = ["TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent"]
KOS_FLOOR = [1e-6, 1e-30, 1e-6, 1e-6, 1e-12, 1e-8, 1e-30, 1e-20]
KOS_ROWS = [5, 10, 15, 20, 25, 30, 35, 40]

PROBLEMS = [
    Problem("hires", [f"y{i}" for i in range(1, 9)], hires_f, hires_jac, [1, 0, 0, 0, 0, 0, 0, 0.0057],
            321.8122, [1, 10, 100, 321.8122], floor=[1e-10] * 8),
    Problem("robertson", ["y1", "y2", "y3"], rober_f, rober_jac, [1, 0, 0], 1e11,
            [0.4, 4, 40, 400, 4e3, 4e4, 4e5, 4e6, 4e7, 4e8, 4e9, 4e10, 1e11], floor=[1e-12, 1e-18, 1e-12]),
    Problem("vanderpol", ["y1", "y2"], vdp_f, vdp_jac, [2, 0], 3000, [500, 1000, 1500, 2000, 2500, 3000],
            floor=[1e-6, 1e-6]),
    Problem("orego", ["y1", "y2", "y3"], orego_f, orego_jac, [1, 2, 3], 360, [30 * k for k in range(1, 13)],
            floor=[1e-6] * 3),
    Problem("kosinsky-untreated", KOS_NAMES, kos_f, kos_jac, [15, 0, 0, 0, 0, 0, 0, 0], 40, KOS_ROWS,
            floor=KOS_FLOOR),
    Problem("kosinsky-treated", KOS_NAMES, kos_f, kos_jac, [15, 0, 0, 0, 0, 0, 0, 0], 40, KOS_ROWS,
            treated=True, floor=KOS_FLOOR),
]
BY_NAME = {p.name: p for p in PROBLEMS}


def kosinsky_linear_states(problem):
    """Closed-form U, Adepot, Acent at the reference rows (right-continuous: a bolus at t_k is included).

    These three states obey linear ODEs that do not depend on the rest of the model, so they give an
    exact check of the integrators (and of the schedule handling) independent of either solver.
    Returns an array (nrows, 3) in the order U, Adepot, Acent.
    """
    p = KP
    tau, delta, ka, kel = p["tau"], p["delta"], p["ka"], p["kelmAb"]
    out = []
    for t in problem.rows:
        # U: integrate the piecewise-constant input exactly, piece by piece.
        U, tc = 0.0, problem.t0
        if problem.treated:
            for s in FRACTION_STARTS:
                end = s + FRACTION_DOSE / FRACTION_RATE
                if s >= t:
                    break
                U *= math.exp(-(s - tc) / tau)              # free decay up to the start
                te = min(end, t)
                x = math.exp(-(te - s) / tau)
                U = U * x + delta * FRACTION_RATE * tau * (1.0 - x)  # constant input during the fraction
                tc = te
        U *= math.exp(-(t - tc) / tau)
        Ad = Ac = 0.0
        if problem.treated:
            for td in DOSE_TIMES:
                if td <= t:
                    dt = t - td
                    Ad += DOSE_NMOL * math.exp(-ka * dt)
                    Ac += DOSE_NMOL * ka / (ka - kel) * (math.exp(-kel * dt) - math.exp(-ka * dt))
        out.append((U, Ad, Ac))
    return np.array(out)


def error_measure(y, ref, skip=()):
    """docs/problems.md: max over rows k and states i of |y - ref| / (|ref| + 1e-6 max_k |ref_i|).

    y, ref: arrays (nrows, n). A state that is exactly zero at every row (U, TVd, antibody when
    untreated) has a zero denominator: 0/0 counts as 0, x/0 as inf. `skip`: column indices left out
    (diagnostic option --exclude of the benchmarks; empty by default).
    """
    keep = [i for i in range(np.shape(ref)[1]) if i not in set(skip)]
    y, ref = np.asarray(y, float)[:, keep], np.asarray(ref, float)[:, keep]
    den = np.abs(ref) + 1e-6 * np.max(np.abs(ref), axis=0)
    d = np.abs(y - ref)
    with np.errstate(divide="ignore", invalid="ignore"):
        e = np.where(den > 0, d / np.where(den > 0, den, 1.0), np.where(d == 0, 0.0, np.inf))
    return float(np.max(e))


def read_reference(path):
    """(rows, values) from a data/reference CSV (comment lines start with '#')."""
    with open(path) as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    data = np.array([[float(x) for x in ln.split(",")] for ln in lines[1:]])
    return data[:, 0], data[:, 1:]
