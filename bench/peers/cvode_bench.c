/*
 * cvode_bench.c -- SUNDIALS CVODE peer benchmark and reference generator for the six problems of
 * docs/problems.md (HIRES, Robertson, Van der Pol mu=1000, OREGO, Kosinsky untreated/treated).
 *
 * Method: CVODE BDF (variable order 1..5), Newton iteration, SUNDIALS dense direct linear solver,
 * hand-written analytic Jacobians (below, checked against central differences by `check-jac`).
 *
 * Modes
 *   cvode_bench bench [--rtols 1e-6,1e-8] [--problems hires,orego] [--refdir DIR] [--exclude U]
 *       Work-precision rows: tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals
 *       atol = 1e-4*rtol (scalar, every state). Output rows are obtained the way a user would get
 *       them: CV_NORMAL to each reference time (CVODE interpolates inside the step that passes it),
 *       with a stop time only at the end of the span / at each discontinuity. --exclude leaves the
 *       named states out of the error (a diagnostic; the default is the measure of docs/problems.md).
 *   cvode_bench reference <problem> <rtol>
 *       High-accuracy solution at the reference times, printed as CSV with %.17g. Per-state absolute
 *       tolerances atol_i = rtol*floor_i (floor_i below: the magnitude under which we stop asking for
 *       relative accuracy). Every reference time is hit exactly with CVodeSetStopTime, so no
 *       interpolation error enters the reference.
 *   cvode_bench check-jac
 *       Compares every analytic Jacobian with central finite differences at random states (debug).
 *
 * Build: see Makefile (gcc -O2, links libsundials_cvode, nvecserial, sunmatrixdense, sunlinsoldense).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_context.h>
#include <sundials/sundials_version.h>
#include <sunlinsol/sunlinsol_dense.h>
#include <sunmatrix/sunmatrix_dense.h>

#define MAXN 8
#define MAXROWS 16
#define MAXSEG 64

/* ------------------------------------------------------------------------------------------------
 * Problem right-hand sides and Jacobians. Each takes the radiation rate R (only Kosinsky uses it) so
 * that one signature serves all six problems. Jacobians fill J[i*n+j] = d f_i / d y_j (row-major);
 * the CVODE wrapper copies that into the column-major SUNDenseMatrix.
 * ------------------------------------------------------------------------------------------------ */

static void hires_f(const double *y, double R, double *f)
{
    (void)R;
    f[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
    f[1] = 1.71 * y[0] - 8.75 * y[1];
    f[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
    f[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
    f[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
    f[5] = -280.0 * y[5] * y[7] + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
    f[6] = 280.0 * y[5] * y[7] - 1.81 * y[6];
    f[7] = -280.0 * y[5] * y[7] + 1.81 * y[6];
}

static void hires_j(const double *y, double R, double *J)
{
    (void)R;
    memset(J, 0, 64 * sizeof(double));
#define H(i, j) J[(i) * 8 + (j)]
    H(0, 0) = -1.71; H(0, 1) = 0.43; H(0, 2) = 8.32;
    H(1, 0) = 1.71; H(1, 1) = -8.75;
    H(2, 2) = -10.03; H(2, 3) = 0.43; H(2, 4) = 0.035;
    H(3, 1) = 8.32; H(3, 2) = 1.71; H(3, 3) = -1.12;
    H(4, 4) = -1.745; H(4, 5) = 0.43; H(4, 6) = 0.43;
    H(5, 3) = 0.69; H(5, 4) = 1.71; H(5, 5) = -280.0 * y[7] - 0.43; H(5, 6) = 0.69; H(5, 7) = -280.0 * y[5];
    H(6, 5) = 280.0 * y[7]; H(6, 6) = -1.81; H(6, 7) = 280.0 * y[5];
    H(7, 5) = -280.0 * y[7]; H(7, 6) = 1.81; H(7, 7) = -280.0 * y[5];
#undef H
}

static void rober_f(const double *y, double R, double *f)
{
    (void)R;
    f[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
    f[1] = 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1];
    f[2] = 3e7 * y[1] * y[1];
}

static void rober_j(const double *y, double R, double *J)
{
    (void)R;
    J[0] = -0.04; J[1] = 1e4 * y[2];               J[2] = 1e4 * y[1];
    J[3] = 0.04;  J[4] = -1e4 * y[2] - 6e7 * y[1]; J[5] = -1e4 * y[1];
    J[6] = 0.0;   J[7] = 6e7 * y[1];               J[8] = 0.0;
}

static void vdp_f(const double *y, double R, double *f)
{
    (void)R;
    f[0] = y[1];
    f[1] = 1000.0 * (1.0 - y[0] * y[0]) * y[1] - y[0];
}

static void vdp_j(const double *y, double R, double *J)
{
    (void)R;
    J[0] = 0.0;
    J[1] = 1.0;
    J[2] = -2000.0 * y[0] * y[1] - 1.0;
    J[3] = 1000.0 * (1.0 - y[0] * y[0]);
}

static void orego_f(const double *y, double R, double *f)
{
    (void)R;
    f[0] = 77.27 * (y[1] + y[0] * (1.0 - 8.375e-6 * y[0] - y[1]));
    f[1] = (y[2] - (1.0 + y[0]) * y[1]) / 77.27;
    f[2] = 0.161 * (y[0] - y[2]);
}

static void orego_j(const double *y, double R, double *J)
{
    (void)R;
    J[0] = 77.27 * (1.0 - 2.0 * 8.375e-6 * y[0] - y[1]);
    J[1] = 77.27 * (1.0 - y[0]);
    J[2] = 0.0;
    J[3] = -y[1] / 77.27;
    J[4] = -(1.0 + y[0]) / 77.27;
    J[5] = 1.0 / 77.27;
    J[6] = 0.161;
    J[7] = 0.0;
    J[8] = -0.161;
}

/* Kosinsky 2018 parameters, exactly as docs/problems.md. */
static const double K_r = 0.4, K_TVmax = 2500.0, K_d0 = 0.01, K_kLN = 279.0, K_SL = 8.89,
                    K_kpro = 3.0, K_kdif = 3.2, K_kel = 0.2, K_kapo = 2.0, K_e = 0.001,
                    K_Kpdl = 478.0, K_kpdl = 1.0, K_Ktcd = 0.2, K_SR = 30.5, K_alpha = 0.146,
                    K_delta = 19.0, K_tau = 0.02, K_mu = 0.1725, K_KD = 30.0, K_ka = 8.0,
                    K_kelmAb = 0.15, K_Vd = 0.003;

/* State order: TV, U, nTeff, dTeff, PDL1, TVd, Adepot, Acent. */
static void kos_f(const double *y, double R, double *f)
{
    const double TV = y[0], U = y[1], nT = y[2], dT = y[3], P = y[4], TVd = y[5], Ad = y[6], Ac = y[7];
    const double A = Ac / K_Vd;
    const double D = K_mu * TVd / (TV + TVd) + K_e * dT + K_d0;
    const double M = D * D / (D * D + K_Ktcd * K_Ktcd);
    const double W = M * (TV + TVd);
    const double influx = K_kLN * W / (W + K_SL);
    const double supp = 1.0 - W / (W + K_SR);
    const double block = 1.0 - P / (1.0 + A / K_KD);
    const double kill = TV * (K_alpha * R + 0.2 * K_alpha / (K_tau * K_delta * K_delta) * U * U);
    f[0] = K_r * TV * (1.0 - TV / K_TVmax) - kill - (K_e * dT + K_d0) * TV;
    f[1] = K_delta * R - U / K_tau;
    f[2] = influx + block * supp * (K_kpro - K_kdif) * nT - K_kel * nT;
    f[3] = block * supp * K_kdif * nT - K_kapo * dT;
    f[4] = K_kpdl * (dT / (K_Kpdl + dT) - P);
    f[5] = kill - K_mu * TVd;
    f[6] = -K_ka * Ad;
    f[7] = K_ka * Ad - K_kelmAb * Ac;
}

/* Analytic Jacobian of kos_f, by the chain rule through the intermediate quantities:
 *   S = TV+TVd; D depends on TV, TVd (through mu*TVd/S) and dTeff (through e*dTeff);
 *   M = D^2/(D^2+Ktcd^2) => dM/dD = 2 D Ktcd^2/(D^2+Ktcd^2)^2;
 *   W = M*S => dW/dTV = S dM/dTV + M, dW/dTVd = S dM/dTVd + M, dW/ddT = S dM/ddT;
 *   influx' (W) = kLN SL/(W+SL)^2;  supp'(W) = -SR/(W+SR)^2;
 *   block = 1 - P/q with q = 1 + Acent/(Vd KD): dblock/dP = -1/q, dblock/dAcent = P/(q^2 Vd KD);
 *   kill = TV (alpha R + c U^2), c = 0.2 alpha/(tau delta^2).
 * The nTeff and dTeff rows depend on TV, TVd, dTeff through W (influx, supp) and on PDL1, Acent
 * through block. */
static void kos_j(const double *y, double R, double *J)
{
    const double TV = y[0], U = y[1], nT = y[2], dT = y[3], P = y[4], TVd = y[5];
    const double Ac = y[7];
    const double S = TV + TVd;
    const double D = K_mu * TVd / S + K_e * dT + K_d0;
    const double K2 = K_Ktcd * K_Ktcd, D2 = D * D;
    const double M = D2 / (D2 + K2);
    const double W = M * S;
    const double supp = 1.0 - W / (W + K_SR);
    const double q = 1.0 + (Ac / K_Vd) / K_KD;
    const double block = 1.0 - P / q;
    const double g = block * supp;
    const double net = K_kpro - K_kdif;
    const double c = 0.2 * K_alpha / (K_tau * K_delta * K_delta);

    const double dM_dD = 2.0 * D * K2 / ((D2 + K2) * (D2 + K2));
    const double dD_dTV = -K_mu * TVd / (S * S);
    const double dD_dTVd = K_mu * TV / (S * S);
    const double dD_ddT = K_e;
    const double dW_dTV = S * dM_dD * dD_dTV + M;
    const double dW_dTVd = S * dM_dD * dD_dTVd + M;
    const double dW_ddT = S * dM_dD * dD_ddT;
    const double dinf_dW = K_kLN * K_SL / ((W + K_SL) * (W + K_SL));
    const double dsupp_dW = -K_SR / ((W + K_SR) * (W + K_SR));
    const double dg_dW = block * dsupp_dW;
    const double dblock_dP = -1.0 / q;
    const double dblock_dAc = P / (q * q) / (K_Vd * K_KD);

    memset(J, 0, 64 * sizeof(double));
#define KJ(i, j) J[(i) * 8 + (j)]
    /* TV' */
    KJ(0, 0) = K_r * (1.0 - 2.0 * TV / K_TVmax) - (K_alpha * R + c * U * U) - (K_e * dT + K_d0);
    KJ(0, 1) = -2.0 * c * TV * U;
    KJ(0, 3) = -K_e * TV;
    /* U' */
    KJ(1, 1) = -1.0 / K_tau;
    /* nTeff' = influx(W) + g(W,P,Ac) * net * nT - kel nT */
    {
        const double a = dinf_dW + net * nT * dg_dW;
        KJ(2, 0) = a * dW_dTV;
        KJ(2, 5) = a * dW_dTVd;
        KJ(2, 3) = a * dW_ddT;
        KJ(2, 2) = g * net - K_kel;
        KJ(2, 4) = net * nT * supp * dblock_dP;
        KJ(2, 7) = net * nT * supp * dblock_dAc;
    }
    /* dTeff' = g * kdif * nT - kapo dT */
    {
        const double a = K_kdif * nT * dg_dW;
        KJ(3, 0) = a * dW_dTV;
        KJ(3, 5) = a * dW_dTVd;
        KJ(3, 3) = a * dW_ddT - K_kapo;
        KJ(3, 2) = g * K_kdif;
        KJ(3, 4) = K_kdif * nT * supp * dblock_dP;
        KJ(3, 7) = K_kdif * nT * supp * dblock_dAc;
    }
    /* PDL1' */
    KJ(4, 3) = K_kpdl * K_Kpdl / ((K_Kpdl + dT) * (K_Kpdl + dT));
    KJ(4, 4) = -K_kpdl;
    /* TVd' = kill - mu TVd */
    KJ(5, 0) = K_alpha * R + c * U * U;
    KJ(5, 1) = 2.0 * c * TV * U;
    KJ(5, 5) = -K_mu;
    /* antibody PK */
    KJ(6, 6) = -K_ka;
    KJ(7, 6) = K_ka;
    KJ(7, 7) = -K_kelmAb;
#undef KJ
}

/* ------------------------------------------------------------------------------------------------
 * Problem table
 * ------------------------------------------------------------------------------------------------ */
typedef struct {
    const char *name;
    int n;
    const char *header; /* CSV header of the reference file */
    void (*f)(const double *, double, double *);
    void (*jac)(const double *, double, double *);
    double t0, tend;
    double y0[MAXN];
    int nrows;
    double rows[MAXROWS];
    int treated; /* 1: Kosinsky schedule of fractions and doses */
    double floor_[MAXN]; /* reference run: atol_i = rtol * floor_i */
} Problem;

static const Problem PROBLEMS[] = {
    {"hires", 8, "t,y1,y2,y3,y4,y5,y6,y7,y8", hires_f, hires_j, 0.0, 321.8122,
     {1, 0, 0, 0, 0, 0, 0, 0.0057}, 4, {1, 10, 100, 321.8122}, 0,
     {1e-10, 1e-10, 1e-10, 1e-10, 1e-10, 1e-10, 1e-10, 1e-10}},
    {"robertson", 3, "t,y1,y2,y3", rober_f, rober_j, 0.0, 1e11, {1, 0, 0}, 13,
     {0.4, 4, 40, 400, 4e3, 4e4, 4e5, 4e6, 4e7, 4e8, 4e9, 4e10, 1e11}, 0, {1e-12, 1e-18, 1e-12}},
    {"vanderpol", 2, "t,y1,y2", vdp_f, vdp_j, 0.0, 3000.0, {2, 0}, 6,
     {500, 1000, 1500, 2000, 2500, 3000}, 0, {1e-6, 1e-6}},
    {"orego", 3, "t,y1,y2,y3", orego_f, orego_j, 0.0, 360.0, {1, 2, 3}, 12,
     {30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360}, 0, {1e-6, 1e-6, 1e-6}},
    {"kosinsky-untreated", 8, "t,TV,U,nTeff,dTeff,PDL1,TVd,Adepot,Acent", kos_f, kos_j, 0.0, 40.0,
     {15, 0, 0, 0, 0, 0, 0, 0}, 8, {5, 10, 15, 20, 25, 30, 35, 40}, 0,
     {1e-6, 1e-30, 1e-6, 1e-6, 1e-12, 1e-8, 1e-30, 1e-20}},
    {"kosinsky-treated", 8, "t,TV,U,nTeff,dTeff,PDL1,TVd,Adepot,Acent", kos_f, kos_j, 0.0, 40.0,
     {15, 0, 0, 0, 0, 0, 0, 0}, 8, {5, 10, 15, 20, 25, 30, 35, 40}, 1,
     {1e-6, 1e-30, 1e-6, 1e-6, 1e-12, 1e-8, 1e-30, 1e-20}},
};
#define NPROB ((int)(sizeof(PROBLEMS) / sizeof(PROBLEMS[0])))

/* Treatment schedule (docs/problems.md, kosinsky-treated). Fraction end = start + 2/1152 day, computed
 * with the same double expression in every peer so the breakpoints are bit-identical. */
static const double FRACTION_STARTS[] = {7, 8, 9, 10, 11};
#define NFRAC 5
static const double FRACTION_RATE = 1152.0; /* Gy/day = 0.8 Gy/min */
static const double FRACTION_DOSE = 2.0;    /* Gy */
static const double DOSE_TIMES[] = {7, 9, 11, 14, 16, 18, 21, 23, 25};
#define NDOSE 9
static const double DOSE_NMOL = 1.3333333333333333; /* 0.2 mg of a 150 kDa antibody */

/* Sorted breakpoints t0 = b[0] < b[1] < ... < b[nb-1] = tend. */
static int breakpoints(const Problem *p, double *b)
{
    int nb = 0;
    b[nb++] = p->t0;
    if (p->treated) {
        double cand[2 * NFRAC + NDOSE];
        int nc = 0;
        for (int i = 0; i < NFRAC; i++) {
            cand[nc++] = FRACTION_STARTS[i];
            cand[nc++] = FRACTION_STARTS[i] + FRACTION_DOSE / FRACTION_RATE;
        }
        for (int i = 0; i < NDOSE; i++) cand[nc++] = DOSE_TIMES[i];
        /* insertion sort + dedupe: tiny list */
        for (int i = 1; i < nc; i++)
            for (int j = i; j > 0 && cand[j - 1] > cand[j]; j--) {
                double t = cand[j]; cand[j] = cand[j - 1]; cand[j - 1] = t;
            }
        for (int i = 0; i < nc; i++)
            if (cand[i] > b[nb - 1] && cand[i] < p->tend) b[nb++] = cand[i];
    }
    b[nb++] = p->tend;
    return nb;
}

/* Radiation rate on [t, next breakpoint): 1152 Gy/day inside a fraction, else 0. */
static double rate_after(const Problem *p, double t)
{
    if (!p->treated) return 0.0;
    for (int i = 0; i < NFRAC; i++)
        if (t >= FRACTION_STARTS[i] && t < FRACTION_STARTS[i] + FRACTION_DOSE / FRACTION_RATE)
            return FRACTION_RATE;
    return 0.0;
}

/* Apply boluses scheduled exactly at t (doses are applied before the fraction switches R, which is
 * the order problems.md asks for; here the two do not interact anyway). */
static void apply_doses(const Problem *p, double t, double *y)
{
    if (!p->treated) return;
    for (int i = 0; i < NDOSE; i++)
        if (DOSE_TIMES[i] == t) y[6] += DOSE_NMOL;
}

/* ------------------------------------------------------------------------------------------------
 * CVODE plumbing
 * ------------------------------------------------------------------------------------------------ */
typedef struct {
    const Problem *p;
    double R;
    double Jbuf[MAXN * MAXN];
} UserData;

static int cv_rhs(realtype t, N_Vector y, N_Vector ydot, void *ud)
{
    (void)t;
    UserData *u = (UserData *)ud;
    u->p->f(N_VGetArrayPointer(y), u->R, N_VGetArrayPointer(ydot));
    return 0;
}

static int cv_jac(realtype t, N_Vector y, N_Vector fy, SUNMatrix Jm, void *ud, N_Vector t1, N_Vector t2,
                  N_Vector t3)
{
    (void)t; (void)fy; (void)t1; (void)t2; (void)t3;
    UserData *u = (UserData *)ud;
    const int n = u->p->n;
    u->p->jac(N_VGetArrayPointer(y), u->R, u->Jbuf);
    for (int j = 0; j < n; j++) {
        realtype *col = SUNDenseMatrix_Column(Jm, j);
        for (int i = 0; i < n; i++) col[i] = u->Jbuf[i * n + j];
    }
    return 0;
}

typedef struct {
    SUNContext ctx;
    void *mem;
    N_Vector y, atolv;
    SUNMatrix A;
    SUNLinearSolver LS;
    UserData ud;
} Solver;

/* Allocate once per (problem, tolerance): the timed loop only calls CVodeReInit. */
static void solver_create(Solver *s, const Problem *p, double rtol, const double *atol_vec, double atol_scalar)
{
    memset(s, 0, sizeof(*s));
    s->ud.p = p;
    s->ud.R = 0.0;
    if (SUNContext_Create(NULL, &s->ctx)) { fprintf(stderr, "SUNContext_Create failed\n"); exit(2); }
    s->y = N_VNew_Serial(p->n, s->ctx);
    for (int i = 0; i < p->n; i++) NV_Ith_S(s->y, i) = p->y0[i];
    s->mem = CVodeCreate(CV_BDF, s->ctx);
    CVodeInit(s->mem, cv_rhs, p->t0, s->y);
    if (atol_vec) {
        s->atolv = N_VNew_Serial(p->n, s->ctx);
        for (int i = 0; i < p->n; i++) NV_Ith_S(s->atolv, i) = atol_vec[i];
        CVodeSVtolerances(s->mem, rtol, s->atolv);
    } else {
        CVodeSStolerances(s->mem, rtol, atol_scalar);
    }
    CVodeSetUserData(s->mem, &s->ud);
    s->A = SUNDenseMatrix(p->n, p->n, s->ctx);
    s->LS = SUNLinSol_Dense(s->y, s->A, s->ctx);
    CVodeSetLinearSolver(s->mem, s->LS, s->A);
    CVodeSetJacFn(s->mem, cv_jac);
    /* Robertson over 1e11 and tight reference runs need far more than the default 500 steps between
     * outputs; the default order (5) and all other options are left as shipped. */
    CVodeSetMaxNumSteps(s->mem, 5000000);
    /* At a fraction start U' jumps to delta*R = 21888 while U = 0, so with the reference run's tiny
     * atol on U the first step after a restart is ~1e-30 day and CVODE warns "t + h = t" while it
     * grows the step. Harmless; silenced so real failures stay visible. */
    CVodeSetMaxHnilWarns(s->mem, -1);
}

static void solver_free(Solver *s)
{
    SUNLinSolFree(s->LS);
    SUNMatDestroy(s->A);
    CVodeFree(&s->mem);
    if (s->atolv) N_VDestroy(s->atolv);
    N_VDestroy(s->y);
    SUNContext_Free(&s->ctx);
}

typedef struct {
    long steps, rhs, jac;
} Stats;

static void add_stats(Solver *s, Stats *st)
{
    long v;
    CVodeGetNumSteps(s->mem, &v); st->steps += v;
    CVodeGetNumRhsEvals(s->mem, &v); st->rhs += v;
    CVodeGetNumLinRhsEvals(s->mem, &v); st->rhs += v; /* 0 with an analytic Jacobian */
    CVodeGetNumJacEvals(s->mem, &v); st->jac += v;
}

/* One complete solve from t0 to tend, piecewise between breakpoints (a single piece for the classics).
 * out[k*n+i] = y_i(rows[k]). exact_rows=1 stops exactly at every row (reference mode); otherwise rows
 * inside a piece are interpolated by CVODE (CV_NORMAL), as a user asking for output times would get.
 * A row that coincides with a breakpoint holds the state after the events there (right-continuous
 * convention, stated in data/reference/PROVENANCE.md). Returns 0 on success. */
static int solve(Solver *s, int exact_rows, double *out, Stats *st)
{
    const Problem *p = s->ud.p;
    const int n = p->n;
    double b[MAXSEG];
    const int nb = breakpoints(p, b);
    double *y = N_VGetArrayPointer(s->y);
    int k = 0;
    memset(st, 0, sizeof(*st));
    for (int i = 0; i < n; i++) y[i] = p->y0[i];
    for (int seg = 0; seg + 1 < nb; seg++) {
        const double a = b[seg], e = b[seg + 1];
        apply_doses(p, a, y);
        s->ud.R = rate_after(p, a);
        CVodeReInit(s->mem, a, s->y);
        CVodeSetStopTime(s->mem, e);
        realtype tret;
        for (; k < p->nrows && p->rows[k] < e; k++) {
            if (p->rows[k] == a) { memcpy(out + k * n, y, n * sizeof(double)); continue; }
            if (exact_rows) CVodeSetStopTime(s->mem, p->rows[k]);
            int flag = CVode(s->mem, p->rows[k], s->y, &tret, CV_NORMAL);
            if (flag < 0) return flag;
            memcpy(out + k * n, y, n * sizeof(double));
            if (exact_rows) CVodeSetStopTime(s->mem, e);
        }
        int flag = CVode(s->mem, e, s->y, &tret, CV_NORMAL);
        if (flag < 0) return flag;
        add_stats(s, st);
    }
    /* rows at tend (after the last piece; no event is scheduled at tend) */
    for (; k < p->nrows; k++) memcpy(out + k * n, y, n * sizeof(double));
    return 0;
}

/* ------------------------------------------------------------------------------------------------
 * Reference data and the error measure of docs/problems.md
 * ------------------------------------------------------------------------------------------------ */
static int read_reference(const char *dir, const Problem *p, double *ref)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.csv", dir, p->name);
    FILE *fp = fopen(path, "r");
    if (!fp) { fprintf(stderr, "cannot open %s\n", path); return -1; }
    char line[4096];
    int k = 0, header_seen = 0;
    while (fgets(line, sizeof line, fp)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        if (!header_seen) { header_seen = 1; continue; }
        if (k >= p->nrows) break;
        char *c = line;
        double t = strtod(c, &c);
        if (fabs(t - p->rows[k]) > 1e-9 * fabs(p->rows[k])) {
            fprintf(stderr, "%s: row %d has t=%g, expected %g\n", path, k, t, p->rows[k]);
            fclose(fp);
            return -1;
        }
        for (int i = 0; i < p->n; i++) {
            c++; /* comma */
            ref[k * p->n + i] = strtod(c, &c);
        }
        k++;
    }
    fclose(fp);
    return k == p->nrows ? 0 : -1;
}

/* e = max_{k,i} |y_i(t_k) - ref_i(t_k)| / (|ref_i(t_k)| + 1e-6 max_k |ref_i(t_k)|).
 * A state that is exactly zero at every reference row (e.g. U, TVd, antibody when untreated) has a
 * zero denominator: 0/0 counts as 0 (the solver reproduced the zero), x/0 as +inf.
 * skip[i] != 0 leaves state i out (diagnostic option --exclude; off by default). */
static double error_measure(const Problem *p, const double *y, const double *ref, const int *skip)
{
    double err = 0.0;
    for (int i = 0; i < p->n; i++) {
        if (skip[i]) continue;
        double scale = 0.0;
        for (int k = 0; k < p->nrows; k++) scale = fmax(scale, fabs(ref[k * p->n + i]));
        for (int k = 0; k < p->nrows; k++) {
            const double d = fabs(y[k * p->n + i] - ref[k * p->n + i]);
            const double den = fabs(ref[k * p->n + i]) + 1e-6 * scale;
            const double e = den > 0 ? d / den : (d == 0 ? 0.0 : INFINITY);
            if (e > err || isnan(e)) err = e;
        }
    }
    return err;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static const Problem *find_problem(const char *name)
{
    for (int i = 0; i < NPROB; i++)
        if (!strcmp(PROBLEMS[i].name, name)) return &PROBLEMS[i];
    return NULL;
}

/* Is `name` one of the comma-separated tokens of `list`? (exact match: "kosinsky-treated" must not
 * select "kosinsky-untreated"). */
static int has_token(const char *list, const char *name)
{
    const size_t L = strlen(name);
    for (const char *c = list; (c = strstr(c, name)); c += L)
        if ((c == list || c[-1] == ',') && (c[L] == 0 || c[L] == ',')) return 1;
    return 0;
}

/* ------------------------------------------------------------------------------------------------ */
static int mode_bench(int argc, char **argv)
{
    double rtols[16];
    int nr = 0;
    const char *refdir = "data/reference";
    const char *plist = NULL;
    const char *exclude = NULL; /* comma-separated state names left out of the error measure */
    for (int e = 4; e <= 10; e++) rtols[nr++] = pow(10.0, -e);
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--rtols") && i + 1 < argc) {
            nr = 0;
            char *c = argv[++i];
            while (*c && nr < 16) { rtols[nr++] = strtod(c, &c); if (*c == ',') c++; }
        } else if (!strcmp(argv[i], "--refdir") && i + 1 < argc) {
            refdir = argv[++i];
        } else if (!strcmp(argv[i], "--problems") && i + 1 < argc) {
            plist = argv[++i];
        } else if (!strcmp(argv[i], "--exclude") && i + 1 < argc) {
            exclude = argv[++i];
        }
    }
    printf("tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals\n");
    fflush(stdout);
    for (int pi = 0; pi < NPROB; pi++) {
        const Problem *p = &PROBLEMS[pi];
        if (plist && !has_token(plist, p->name)) continue;
        int skip[MAXN] = {0};
        if (exclude) { /* state names are the header fields after "t" */
            char hdr[256];
            snprintf(hdr, sizeof hdr, "%s", p->header);
            int i = -1;
            for (char *tok = strtok(hdr, ","); tok; tok = strtok(NULL, ","), i++)
                if (i >= 0 && has_token(exclude, tok)) skip[i] = 1;
        }
        double ref[MAXROWS * MAXN], out[MAXROWS * MAXN];
        if (read_reference(refdir, p, ref)) return 1;
        for (int ri = 0; ri < nr; ri++) {
            const double rtol = rtols[ri], atol = 1e-4 * rtol;
            Solver s;
            Stats st;
            solver_create(&s, p, rtol, NULL, atol);
            /* Calibrate: enough solves per batch for >= 0.05 s, 5 batches => >= 0.25 s per point. */
            double t = now_s();
            int flag = solve(&s, 0, out, &st);
            double one = now_s() - t;
            if (flag < 0) {
                printf("cvode-bdf,%s,%.0e,%.0e,nan,nan,%ld,%ld,%ld\n", p->name, rtol, atol, st.steps, st.rhs, st.jac);
                solver_free(&s);
                continue;
            }
            const double err = error_measure(p, out, ref, skip);
            int reps = (int)ceil(0.05 / fmax(one, 1e-9));
            if (reps < 1) reps = 1;
            double per[5];
            for (int bt = 0; bt < 5; bt++) {
                t = now_s();
                for (int r = 0; r < reps; r++) solve(&s, 0, out, &st);
                per[bt] = (now_s() - t) / reps;
            }
            qsort(per, 5, sizeof(double), cmp_double);
            printf("cvode-bdf,%s,%.0e,%.0e,%.6g,%.3e,%ld,%ld,%ld\n", p->name, rtol, atol, per[2], err, st.steps,
                   st.rhs, st.jac);
            fflush(stdout);
            solver_free(&s);
        }
    }
    return 0;
}

static int mode_reference(int argc, char **argv)
{
    if (argc < 4) { fprintf(stderr, "usage: cvode_bench reference <problem> <rtol>\n"); return 1; }
    const Problem *p = find_problem(argv[2]);
    if (!p) { fprintf(stderr, "unknown problem %s\n", argv[2]); return 1; }
    const double rtol = strtod(argv[3], NULL);
    double atol[MAXN], out[MAXROWS * MAXN];
    for (int i = 0; i < p->n; i++) atol[i] = rtol * p->floor_[i];
    Solver s;
    Stats st;
    solver_create(&s, p, rtol, atol, 0.0);
    int flag = solve(&s, 1, out, &st);
    if (flag < 0) { fprintf(stderr, "CVODE failed: flag %d\n", flag); return 1; }
    fprintf(stderr, "# cvode reference %s rtol=%g steps=%ld rhs=%ld jac=%ld\n", p->name, rtol, st.steps, st.rhs,
            st.jac);
    printf("%s\n", p->header);
    for (int k = 0; k < p->nrows; k++) {
        printf("%.17g", p->rows[k]);
        for (int i = 0; i < p->n; i++) printf(",%.17g", out[k * p->n + i]);
        printf("\n");
    }
    solver_free(&s);
    return 0;
}

/* Debug check of the hand-written Jacobians: central differences at 200 random states per problem,
 * with the step h_j = 1e-4 * scale_j taken from each state's typical magnitude (not from y_j itself,
 * which may be ~0). An entry is compared in "row units": |J_ij - Jfd_ij| * scale_j against
 * |J_ij| * scale_j + 1e-7 * max_j |J_ij| * scale_j, so tiny entries in a row dominated by large ones
 * are judged at the accuracy central differences can deliver for that row. Pass mark 1e-5: rounding in
 * f (e.g. influx ~ 279 against an entry ~1e-4) limits the differences to ~1e-6; a wrong term gives O(1). */
static int mode_check_jac(void)
{
    int bad = 0;
    srand(12345);
    for (int pi = 0; pi < NPROB; pi++) {
        const Problem *p = &PROBLEMS[pi];
        const int n = p->n;
        double scale[MAXN];
        static const double kscale[8] = {2000, 40, 500, 1000, 1, 500, 1.3, 5};
        for (int i = 0; i < n; i++) {
            if (p->f == kos_f) scale[i] = kscale[i];
            else if (p->f == hires_f) scale[i] = 1e-2;
            else if (p->f == rober_f) scale[i] = i == 1 ? 4e-5 : 1.0;
            else if (p->f == orego_f) scale[i] = 1e4;
            else scale[i] = 2.5;
        }
        double worst = 0.0;
        for (int trial = 0; trial < 200; trial++) {
            double y[MAXN], yp[MAXN], ym[MAXN], fp[MAXN], fm[MAXN], J[MAXN * MAXN], Jfd[MAXN * MAXN];
            for (int i = 0; i < n; i++) {
                const double u = (double)rand() / RAND_MAX;
                y[i] = (p->f == vdp_f) ? (2 * u - 1) * scale[i] : (p->f == orego_f ? 1.0 : 0.0) + u * scale[i];
            }
            const double R = (p->f == kos_f && (trial & 1)) ? FRACTION_RATE : 0.0;
            p->jac(y, R, J);
            for (int j = 0; j < n; j++) {
                /* Richardson extrapolation of two central differences (h, h/2): O(h^4) truncation,
                 * so curvature near small TV or W does not masquerade as a Jacobian error. */
                double dh[2][MAXN];
                for (int r = 0; r < 2; r++) {
                    const double h = (r ? 0.5e-4 : 1e-4) * scale[j];
                    memcpy(yp, y, sizeof y); memcpy(ym, y, sizeof y);
                    yp[j] += h; ym[j] -= h;
                    p->f(yp, R, fp); p->f(ym, R, fm);
                    for (int i = 0; i < n; i++) dh[r][i] = (fp[i] - fm[i]) / (2 * h);
                }
                for (int i = 0; i < n; i++) Jfd[i * n + j] = (4.0 * dh[1][i] - dh[0][i]) / 3.0;
            }
            for (int i = 0; i < n; i++) {
                double rowmax = 0.0;
                for (int j = 0; j < n; j++) rowmax = fmax(rowmax, fabs(J[i * n + j]) * scale[j]);
                for (int j = 0; j < n; j++) {
                    const double a = J[i * n + j], d = Jfd[i * n + j];
                    const double den = fabs(a) * scale[j] + 1e-7 * rowmax;
                    const double e = den > 0 ? fabs(a - d) * scale[j] / den : fabs(a - d);
                    if (e > worst) worst = e;
                    if (getenv("JACDEBUG") && e > 1e-6)
                        fprintf(stderr, "%s J[%d][%d] an=%.10g fd=%.10g\n", p->name, i, j, a, d);
                }
            }
        }
        printf("%-20s worst relative Jacobian mismatch vs central FD: %.2e %s\n", p->name, worst,
               worst < 1e-5 ? "OK" : "MISMATCH");
        if (worst >= 1e-5) bad = 1;
    }
    return bad;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "bench")) return mode_bench(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "reference")) return mode_reference(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "check-jac")) return mode_check_jac();
    if (argc >= 2 && !strcmp(argv[1], "version")) { printf("SUNDIALS %s\n", SUNDIALS_VERSION); return 0; }
    fprintf(stderr,
            "usage: cvode_bench bench [--rtols a,b] [--problems p,q] [--refdir DIR] [--exclude U]\n"
            "       cvode_bench reference <problem> <rtol>\n"
            "       cvode_bench check-jac | version\n");
    return 1;
}
