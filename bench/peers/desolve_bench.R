#!/usr/bin/env Rscript
# R deSolve peer benchmark on the problems of docs/problems.md.
#
# Prints CSV rows: tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals
# (tool = desolve-<method>), atol = 1e-4*rtol for every state, error = the docs/problems.md measure
# against data/reference. The problems are written here a third time, independently of the C and
# Python versions, so a transcription slip in any one shows up as a large error.
#
# Methods (all with the analytic Jacobian, jacfunc + jactype = "fullusr"):
#   lsoda : lsoda()  -- ODEPACK LSODA, Adams/BDF switching
#   bdf   : lsode(mf = 21) -- ODEPACK LSODE BDF with a user Jacobian. (ode(method = "bdf") is
#           lsode(mf = 22), i.e. the same BDF with an internal difference-quotient Jacobian; mf = 21
#           is the same method given our Jacobian, which is what the other peers get.)
#   radau : radau()  -- Hairer-Wanner RADAU5
# hmax = 0 (no step-size cap): deSolve otherwise caps h at the largest gap between output times,
# which the other peers do not do. lsoda/lsode get tcrit = end of each piece so they never step past
# a discontinuity (CVODE's stop time, solve_ivp's t_bound); radau stops exactly at its last time.
#
# kosinsky-treated is integrated piecewise between dose/fraction times, one deSolve call per piece.
# A row at an event time is the state after the events (right-continuous), as in data/reference.
#
# Timing: elapsed time of whole solves; each point calibrated to >= 0.05 s per batch, median of 5
# batches (3 batches of one solve when one solve takes over 2 s; the first solve alone when it takes
# over 10 s).
# Time budget: a solve still running after --budget seconds (default 120) is abandoned (the RHS
# wrapper checks the clock every 1000 calls and stops; setTimeLimit is not checked inside deSolve's
# compiled loop) and printed as seconds_per_solve = error = nan; tighter tolerances of that method
# on that problem are then not attempted (nan rows too).
#
# Usage: Rscript desolve_bench.R [--rtols 1e-6,1e-8] [--problems hires,orego] [--methods lsoda,bdf,radau]
#                                [--refdir DIR] [--budget 120] [--exclude U]   (diagnostic: states left out of the error)

suppressPackageStartupMessages(library(deSolve))

# ------------------------------------------------------------------------------------------------
# Problems. func(t, y, parms) returns list(dy); jac(t, y, parms) the n x n matrix df/dy.
# parms is list(R = radiation rate) for every problem; only Kosinsky reads it.
# ------------------------------------------------------------------------------------------------
hires_f <- function(t, y, parms) {
  list(c(-1.71 * y[1] + 0.43 * y[2] + 8.32 * y[3] + 0.0007,
         1.71 * y[1] - 8.75 * y[2],
         -10.03 * y[3] + 0.43 * y[4] + 0.035 * y[5],
         8.32 * y[2] + 1.71 * y[3] - 1.12 * y[4],
         -1.745 * y[5] + 0.43 * y[6] + 0.43 * y[7],
         -280 * y[6] * y[8] + 0.69 * y[4] + 1.71 * y[5] - 0.43 * y[6] + 0.69 * y[7],
         280 * y[6] * y[8] - 1.81 * y[7],
         -280 * y[6] * y[8] + 1.81 * y[7]))
}
hires_j <- function(t, y, parms) {
  J <- matrix(0, 8, 8)
  J[1, 1:3] <- c(-1.71, 0.43, 8.32)
  J[2, 1:2] <- c(1.71, -8.75)
  J[3, 3:5] <- c(-10.03, 0.43, 0.035)
  J[4, 2:4] <- c(8.32, 1.71, -1.12)
  J[5, 5:7] <- c(-1.745, 0.43, 0.43)
  J[6, 4:8] <- c(0.69, 1.71, -280 * y[8] - 0.43, 0.69, -280 * y[6])
  J[7, 6:8] <- c(280 * y[8], -1.81, 280 * y[6])
  J[8, 6:8] <- c(-280 * y[8], 1.81, -280 * y[6])
  J
}

rober_f <- function(t, y, parms) {
  list(c(-0.04 * y[1] + 1e4 * y[2] * y[3],
         0.04 * y[1] - 1e4 * y[2] * y[3] - 3e7 * y[2]^2,
         3e7 * y[2]^2))
}
rober_j <- function(t, y, parms) {
  matrix(c(-0.04, 1e4 * y[3], 1e4 * y[2],
           0.04, -1e4 * y[3] - 6e7 * y[2], -1e4 * y[2],
           0, 6e7 * y[2], 0), 3, 3, byrow = TRUE)
}

vdp_f <- function(t, y, parms) list(c(y[2], 1000 * (1 - y[1]^2) * y[2] - y[1]))
vdp_j <- function(t, y, parms) {
  matrix(c(0, 1, -2000 * y[1] * y[2] - 1, 1000 * (1 - y[1]^2)), 2, 2, byrow = TRUE)
}

orego_f <- function(t, y, parms) {
  list(c(77.27 * (y[2] + y[1] * (1 - 8.375e-6 * y[1] - y[2])),
         (y[3] - (1 + y[1]) * y[2]) / 77.27,
         0.161 * (y[1] - y[3])))
}
orego_j <- function(t, y, parms) {
  matrix(c(77.27 * (1 - 2 * 8.375e-6 * y[1] - y[2]), 77.27 * (1 - y[1]), 0,
           -y[2] / 77.27, -(1 + y[1]) / 77.27, 1 / 77.27,
           0.161, 0, -0.161), 3, 3, byrow = TRUE)
}

# Kosinsky 2018; state order TV, U, nTeff, dTeff, PDL1, TVd, Adepot, Acent.
KP <- list(r = 0.4, TVmax = 2500, d0 = 0.01, kLN = 279, SL = 8.89, kpro = 3, kdif = 3.2, kel = 0.2,
           kapo = 2, e = 0.001, Kpdl = 478, kpdl = 1, Ktcd = 0.2, SR = 30.5, alpha = 0.146, delta = 19,
           tau = 0.02, mu = 0.1725, KD = 30, ka = 8, kelmAb = 0.15, Vd = 0.003)

kos_f <- function(t, y, parms) {
  with(KP, {
    R <- parms$R
    TV <- y[1]; U <- y[2]; nT <- y[3]; dT <- y[4]; P <- y[5]; TVd <- y[6]; Ad <- y[7]; Ac <- y[8]
    A <- Ac / Vd
    D <- mu * TVd / (TV + TVd) + e * dT + d0
    M <- D^2 / (D^2 + Ktcd^2)
    W <- M * (TV + TVd)
    influx <- kLN * W / (W + SL)
    supp <- 1 - W / (W + SR)
    block <- 1 - P / (1 + A / KD)
    kill <- TV * (alpha * R + 0.2 * alpha / (tau * delta^2) * U^2)
    list(c(r * TV * (1 - TV / TVmax) - kill - (e * dT + d0) * TV,
           delta * R - U / tau,
           influx + block * supp * (kpro - kdif) * nT - kel * nT,
           block * supp * kdif * nT - kapo * dT,
           kpdl * (dT / (Kpdl + dT) - P),
           kill - mu * TVd,
           -ka * Ad,
           ka * Ad - kelmAb * Ac))
  })
}

# Chain rule through S = TV + TVd, D, M(D), W = M S, influx(W), supp(W), block(PDL1, Acent).
kos_j <- function(t, y, parms) {
  with(KP, {
    R <- parms$R
    TV <- y[1]; U <- y[2]; nT <- y[3]; dT <- y[4]; P <- y[5]; TVd <- y[6]; Ac <- y[8]
    cU <- 0.2 * alpha / (tau * delta^2)
    net <- kpro - kdif
    S <- TV + TVd
    D <- mu * TVd / S + e * dT + d0
    M <- D^2 / (D^2 + Ktcd^2)
    W <- M * S
    supp <- 1 - W / (W + SR)
    q <- 1 + (Ac / Vd) / KD
    block <- 1 - P / q
    g <- block * supp
    dM_dD <- 2 * D * Ktcd^2 / (D^2 + Ktcd^2)^2
    dW <- c(S * dM_dD * (-mu * TVd / S^2) + M,   # d/dTV
            S * dM_dD * (mu * TV / S^2) + M,     # d/dTVd
            S * dM_dD * e)                       # d/ddTeff
    dinf <- kLN * SL / (W + SL)^2
    dg_dW <- block * (-SR / (W + SR)^2)
    db_dP <- -1 / q
    db_dAc <- P / q^2 / (Vd * KD)
    J <- matrix(0, 8, 8)
    J[1, 1] <- r * (1 - 2 * TV / TVmax) - (alpha * R + cU * U^2) - (e * dT + d0)
    J[1, 2] <- -2 * cU * TV * U
    J[1, 4] <- -e * TV
    J[2, 2] <- -1 / tau
    a <- dinf + net * nT * dg_dW
    J[3, c(1, 6, 4)] <- a * dW
    J[3, 3] <- g * net - kel
    J[3, 5] <- net * nT * supp * db_dP
    J[3, 8] <- net * nT * supp * db_dAc
    a <- kdif * nT * dg_dW
    J[4, c(1, 6, 4)] <- a * dW
    J[4, 4] <- J[4, 4] - kapo
    J[4, 3] <- g * kdif
    J[4, 5] <- kdif * nT * supp * db_dP
    J[4, 8] <- kdif * nT * supp * db_dAc
    J[5, 4] <- kpdl * Kpdl / (Kpdl + dT)^2
    J[5, 5] <- -kpdl
    J[6, 1] <- alpha * R + cU * U^2
    J[6, 2] <- 2 * cU * TV * U
    J[6, 6] <- -mu
    J[7, 7] <- -ka
    J[8, 7] <- ka
    J[8, 8] <- -kelmAb
    J
  })
}

kos_rows <- seq(5, 40, by = 5)
KOS_NAMES <- c("TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent")
PROBLEMS <- list(
  hires = list(f = hires_f, j = hires_j, y0 = c(1, 0, 0, 0, 0, 0, 0, 0.0057), tend = 321.8122,
               rows = c(1, 10, 100, 321.8122), treated = FALSE, names = paste0("y", 1:8)),
  robertson = list(f = rober_f, j = rober_j, y0 = c(1, 0, 0), tend = 1e11,
                   rows = c(0.4, 4, 40, 400, 4e3, 4e4, 4e5, 4e6, 4e7, 4e8, 4e9, 4e10, 1e11), treated = FALSE,
                   names = c("y1", "y2", "y3")),
  vanderpol = list(f = vdp_f, j = vdp_j, y0 = c(2, 0), tend = 3000, rows = seq(500, 3000, by = 500),
                   treated = FALSE, names = c("y1", "y2")),
  orego = list(f = orego_f, j = orego_j, y0 = c(1, 2, 3), tend = 360, rows = seq(30, 360, by = 30),
               treated = FALSE, names = c("y1", "y2", "y3")),
  "kosinsky-untreated" = list(f = kos_f, j = kos_j, y0 = c(15, 0, 0, 0, 0, 0, 0, 0), tend = 40,
                              rows = kos_rows, treated = FALSE, names = KOS_NAMES),
  "kosinsky-treated" = list(f = kos_f, j = kos_j, y0 = c(15, 0, 0, 0, 0, 0, 0, 0), tend = 40,
                            rows = kos_rows, treated = TRUE, names = KOS_NAMES)
)

# Schedule of kosinsky-treated; fraction end = start + 2/1152 exactly as in the other peers.
FRACTION_STARTS <- c(7, 8, 9, 10, 11)
FRACTION_RATE <- 1152
FRACTION_ENDS <- FRACTION_STARTS + 2 / FRACTION_RATE
DOSE_TIMES <- c(7, 9, 11, 14, 16, 18, 21, 23, 25)
DOSE_NMOL <- 1.3333333333333333

breakpoints <- function(p) {
  if (!p$treated) return(c(0, p$tend))
  b <- sort(unique(c(FRACTION_STARTS, FRACTION_ENDS, DOSE_TIMES)))
  c(0, b[b > 0 & b < p$tend], p$tend)
}
rate_after <- function(p, t) {
  if (p$treated && any(t >= FRACTION_STARTS & t < FRACTION_ENDS)) FRACTION_RATE else 0
}

now <- function() proc.time()[["elapsed"]]
over_budget <- FALSE  # set by solve_once when the time budget stopped it

# ------------------------------------------------------------------------------------------------
# One full solve: returns list(rows = matrix nrows x n, steps, rhs, jac) or NULL on failure.
# ------------------------------------------------------------------------------------------------
solve_once <- function(p, method, rtol, atol, budget = Inf) {
  deadline <- now() + budget
  calls <- 0
  f <- function(t, y, parms) {
    calls <<- calls + 1
    if (calls %% 1000 == 0 && now() > deadline) stop("time budget exceeded")
    p$f(t, y, parms)
  }
  y <- p$y0
  n <- length(y)
  out <- matrix(NA_real_, length(p$rows), n)
  bps <- breakpoints(p)
  k <- 1
  steps <- 0; rhs <- 0; jac <- 0
  for (s in seq_len(length(bps) - 1)) {
    a <- bps[s]; b <- bps[s + 1]
    if (p$treated) y[7] <- y[7] + DOSE_NMOL * sum(DOSE_TIMES == a)
    parms <- list(R = rate_after(p, a))
    while (k <= length(p$rows) && p$rows[k] == a) { out[k, ] <- y; k <- k + 1 }
    inside <- p$rows[p$rows > a & p$rows < b]
    times <- c(a, inside, b)
    res <- tryCatch(suppressWarnings(switch(method,
      lsoda = lsoda(y, times, f, parms, rtol = rtol, atol = atol, jacfunc = p$j, jactype = "fullusr",
                    tcrit = b, hmax = 0, maxsteps = 1e6),
      bdf = lsode(y, times, f, parms, rtol = rtol, atol = atol, jacfunc = p$j, mf = 21,
                  tcrit = b, hmax = 0, maxsteps = 1e6),
      radau = radau(y, times, f, parms, rtol = rtol, atol = atol, jacfunc = p$j, jactype = "fullusr",
                    hmax = 0, maxsteps = 1e6))),
      error = function(e) { if (grepl("time budget", conditionMessage(e))) over_budget <<- TRUE; NULL })
    # deSolve reports a failed integration as a warning plus truncated output and a negative
    # return code (istate[1]); warnings about the tolerance alone are not failures.
    ist <- if (is.null(res)) NULL else attr(res, "istate")
    if (is.null(res) || nrow(res) != length(times) || ist[1] < 0) return(NULL)
    steps <- steps + ist[2]; rhs <- rhs + ist[3]
    jac <- jac + if (method == "radau") ist[4] else ist[14]
    if (length(inside) > 0) {
      out[k:(k + length(inside) - 1), ] <- res[2:(1 + length(inside)), 2:(n + 1)]
      k <- k + length(inside)
    }
    y <- as.numeric(res[nrow(res), 2:(n + 1)])
  }
  while (k <= length(p$rows)) { out[k, ] <- y; k <- k + 1 }
  list(rows = out, steps = steps, rhs = rhs, jac = jac)
}

# docs/problems.md error measure; 0/0 (a state identically zero at every row) counts as 0.
# skip: column indices left out (diagnostic option --exclude; none by default).
error_measure <- function(y, ref, skip = integer(0)) {
  if (length(skip)) { y <- y[, -skip, drop = FALSE]; ref <- ref[, -skip, drop = FALSE] }
  scale <- apply(abs(ref), 2, max)
  den <- abs(ref) + 1e-6 * matrix(scale, nrow(ref), ncol(ref), byrow = TRUE)
  d <- abs(y - ref)
  e <- ifelse(den > 0, d / ifelse(den > 0, den, 1), ifelse(d == 0, 0, Inf))
  max(e)
}

read_reference <- function(path) {
  lines <- readLines(path)
  lines <- lines[!startsWith(lines, "#") & nzchar(lines)]
  m <- as.matrix(read.csv(text = paste(lines, collapse = "\n"), header = TRUE))
  unname(m[, -1, drop = FALSE])
}

# ------------------------------------------------------------------------------------------------
args <- commandArgs(trailingOnly = TRUE)
opt <- function(name, default) {
  i <- match(name, args)
  if (is.na(i)) default else args[i + 1]
}
script_dir <- dirname(normalizePath(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)[1])))
rtols <- as.numeric(strsplit(opt("--rtols", paste(sprintf("1e-%d", 4:10), collapse = ",")), ",")[[1]])
pnames <- strsplit(opt("--problems", paste(names(PROBLEMS), collapse = ",")), ",")[[1]]
methods <- strsplit(opt("--methods", "lsoda,bdf,radau"), ",")[[1]]
exclude <- strsplit(opt("--exclude", ""), ",")[[1]]
budget <- as.numeric(opt("--budget", "120"))
refdir <- opt("--refdir", file.path(script_dir, "..", "..", "data", "reference"))

cat("tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals\n")
for (pn in pnames) {
  p <- PROBLEMS[[pn]]
  ref <- read_reference(file.path(refdir, paste0(pn, ".csv")))
  skip <- which(p$names %in% exclude)
  for (m in methods) {
    skip_rest <- FALSE
    for (rtol in rtols) {
      atol <- 1e-4 * rtol
      row <- sprintf("desolve-%s,%s,%.0e,%.0e", m, pn, rtol, atol)
      if (skip_rest) { cat(row, ",nan,nan,,,\n", sep = ""); next }
      over_budget <- FALSE
      t0 <- now()
      r <- solve_once(p, m, rtol, atol, budget)
      first <- now() - t0
      if (is.null(r)) {
        message(sprintf("# desolve-%s %s rtol %g: %s", m, pn, rtol,
                        if (over_budget) sprintf("over the %g s budget", budget) else "solver failure"))
        if (over_budget) skip_rest <- TRUE
        cat(row, ",nan,nan,,,\n", sep = "")
        next
      }
      err <- error_measure(r$rows, ref, skip)
      if (first > 10) {
        sec <- first
      } else {
        if (first > 2) { batches <- 3; reps <- 1 } else { batches <- 5; reps <- max(1, ceiling(0.05 / max(first, 1e-6))) }
        per <- numeric(batches)
        for (bt in seq_len(batches)) {
          t0 <- now()
          for (i in seq_len(reps)) solve_once(p, m, rtol, atol)
          per[bt] <- (now() - t0) / reps
        }
        sec <- median(per)
      }
      cat(sprintf("%s,%.6g,%.3e,%d,%d,%d\n", row, sec, err, as.integer(r$steps), as.integer(r$rhs), as.integer(r$jac)))
      flush(stdout())
    }
  }
}
