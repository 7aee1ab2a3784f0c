using System.Runtime.InteropServices;
using Abscopal.Numerics.LinearAlgebra;
using static Abscopal.Numerics.Ode.Internal.Rodas4Tableau;

namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// RODAS4, the stiffly accurate linearly implicit Rosenbrock 4(3) method with order-3 dense output, following Hairer's
/// RODAS code (Hairer &amp; Wanner, <i>Solving ODEs II</i>, 2nd ed., §IV.7 and §VI.4): one Jacobian and one LU of
/// I/(hγ) − J per step, six linear solves, Gustafsson's predictive step-size controller (ibid. §IV.8, eq. 8.21').
/// </summary>
internal sealed class Rodas4Integrator : AdaptiveIntegrator
{
    // RODAS's controller constants: safety 0.9, h_new/h ∈ [1/5, 6].
    private const double Safety = 0.9;
    private const double MinFactor = 0.2;
    private const double MaxFactor = 6.0;

    /// <summary>Smallest system factorised on its sparsity pattern; below it the dense LU is as fast (assumed; see docs/performance.md).</summary>
    internal const int SparseMinimumDimension = 12;

    /// <summary>Largest share of the n² entries that L + U may fill for the sparse factorisation to be used (assumed crossover; docs/performance.md).</summary>
    internal const double SparseMaximumFill = 0.4;

    /// <summary>
    /// Largest componentwise backward error of the first stage's sparse solution, ≈ 4500 ε: it then solves a system within
    /// 1e-12 (relative, entry by entry) of W·k = b, far below any tolerance the solvers accept but the tightest; else the step
    /// is factorised densely with partial pivoting.
    /// </summary>
    internal const double MaxSparseBackwardError = 1e-12;

    private readonly IOdeTimeDerivative? _timeDerivative;
    private readonly bool _analyticJacobian;
    private readonly double[] _f0;
    private readonly double[] _dfdt;
    private readonly double[] _jacobian;
    private readonly double[] _matrix;
    private readonly int[] _pivots;
    private readonly SparsityPattern? _pattern;
    private readonly SparseLu? _sparse;
    private readonly double[] _rhsCopy;
    private readonly double[] _k1;
    private readonly double[] _k2;
    private readonly double[] _k3;
    private readonly double[] _k4;
    private readonly double[] _k5;
    private readonly double[] _k6;
    private readonly double[] _yStage;
    private readonly double[] _fStage;
    private bool _needDerivative;
    private bool _needJacobian;
    private bool _firstStep;
    private bool _haveHistory;
    private bool _lastRejected;
    private bool _sparseFactors;
    private double _hAccepted;
    private double _errorAccepted;

    public Rodas4Integrator(IOdeSystem system, OdeOptions options, OdeCounters counters)
        : base(system, options, counters)
    {
        _timeDerivative = system as IOdeTimeDerivative;
        _analyticJacobian = system.HasJacobian;
        _f0 = new double[_n];
        _dfdt = new double[_n];
        _jacobian = new double[_n * _n];
        _matrix = new double[_n * _n];
        _pivots = new int[_n];
        if (options.SparseLinearAlgebra && _analyticJacobian && _n >= SparseMinimumDimension
            && system is IOdeJacobianSparsity { JacobianSparsity: { } pattern } && pattern.Dimension == _n
            && pattern.Elimination.Density <= SparseMaximumFill)
        {
            _pattern = pattern;
            _sparse = new SparseLu(pattern);
        }

        _rhsCopy = _sparse is null ? [] : new double[_n];

        _k1 = new double[_n];
        _k2 = new double[_n];
        _k3 = new double[_n];
        _k4 = new double[_n];
        _k5 = new double[_n];
        _k6 = new double[_n];
        _yStage = new double[_n];
        _fStage = new double[_n];
    }

    /// <inheritdoc/>
    public override bool IsStiff => true;

    /// <summary>‖J‖∞ (maximum absolute row sum, a Gershgorin bound on the spectral radius) of the last Jacobian, in 1/time.</summary>
    internal double JacobianNorm { get; private set; }

    internal override ReadOnlySpan<double> CurrentDerivative => _needDerivative ? default : _f0;

    private protected override int ErrorEstimatorOrder => 3;

    private protected override void Prime(ReadOnlySpan<double> knownDerivative)
    {
        if (knownDerivative.Length == _n)
        {
            knownDerivative.CopyTo(_f0);
        }
        else
        {
            Rhs(_t, _y, _f0);
        }

        CheckDerivativeFinite(_f0);
        _needDerivative = false;
        _needJacobian = true;
        _firstStep = true;
        _haveHistory = false;
        _lastRejected = false;
    }

    private protected override void BeginStep()
    {
        if (_needDerivative)
        {
            Rhs(_t, _y, _f0);
            CheckDerivativeFinite(_f0);
            _needDerivative = false;
        }

        if (_needJacobian)
        {
            ComputeJacobian();
            ComputeTimeDerivative();
            _needJacobian = false;
        }
    }

    private protected override AttemptOutcome Attempt(double h, double tNew, out double error)
    {
        int n = _n;
        double[] jac = _jacobian;
        double fac = 1.0 / (h * Gamma);
        Counters.LuDecompositions++;

        // On the Jacobian's pattern when it is sparse (checked on the first stage below); else dense with partial pivoting.
        _sparseFactors = _sparse is not null && _sparse.Factor(jac, fac);
        if (!_sparseFactors && !FactorDense(fac))
        {
            error = double.NaN;
            return AttemptOutcome.Singular;
        }

        double[] y = _y, yn = _yNew, ys = _yStage, fs = _fStage, f0 = _f0, ft = _dfdt;
        double[] k1 = _k1, k2 = _k2, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6;
        double t = _t;
        double hc21 = C21 / h, hc31 = C31 / h, hc32 = C32 / h, hc41 = C41 / h, hc42 = C42 / h, hc43 = C43 / h;
        double hc51 = C51 / h, hc52 = C52 / h, hc53 = C53 / h, hc54 = C54 / h;
        double hc61 = C61 / h, hc62 = C62 / h, hc63 = C63 / h, hc64 = C64 / h, hc65 = C65 / h;
        double hd1 = h * D1, hd2 = h * D2, hd3 = h * D3, hd4 = h * D4;

        for (int i = 0; i < n; i++)
        {
            k1[i] = f0[i] + (hd1 * ft[i]);
        }

        if (_sparseFactors)
        {
            // No row exchanges: accept the sparse factors only if the first stage's solution is backward stable; else redo it dense.
            k1.CopyTo(_rhsCopy, 0);
            Solve(k1);
            if (_sparse!.BackwardError(jac, fac, k1, _rhsCopy) <= MaxSparseBackwardError)
            {
                Counters.SparseLuDecompositions++;
            }
            else
            {
                _sparseFactors = false;
                if (!FactorDense(fac))
                {
                    error = double.NaN;
                    return AttemptOutcome.Singular;
                }

                _rhsCopy.CopyTo(k1, 0);
                Solve(k1);
            }
        }
        else
        {
            Solve(k1);
        }

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (A21 * k1[i]);
        }

        Rhs(t + (C2 * h), ys, fs);
        for (int i = 0; i < n; i++)
        {
            k2[i] = fs[i] + (hc21 * k1[i]) + (hd2 * ft[i]);
        }

        Solve(k2);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (A31 * k1[i]) + (A32 * k2[i]);
        }

        Rhs(t + (C3 * h), ys, fs);
        for (int i = 0; i < n; i++)
        {
            k3[i] = fs[i] + (hc31 * k1[i]) + (hc32 * k2[i]) + (hd3 * ft[i]);
        }

        Solve(k3);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (A41 * k1[i]) + (A42 * k2[i]) + (A43 * k3[i]);
        }

        Rhs(t + (C4 * h), ys, fs);
        for (int i = 0; i < n; i++)
        {
            k4[i] = fs[i] + (hc41 * k1[i]) + (hc42 * k2[i]) + (hc43 * k3[i]) + (hd4 * ft[i]);
        }

        Solve(k4);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (A51 * k1[i]) + (A52 * k2[i]) + (A53 * k3[i]) + (A54 * k4[i]);
        }

        Rhs(tNew, ys, fs);
        for (int i = 0; i < n; i++)
        {
            k5[i] = fs[i] + (hc51 * k1[i]) + (hc52 * k2[i]) + (hc53 * k3[i]) + (hc54 * k4[i]);
        }

        Solve(k5);

        for (int i = 0; i < n; i++)
        {
            yn[i] = ys[i] + k5[i];
        }

        Rhs(tNew, yn, fs);
        for (int i = 0; i < n; i++)
        {
            k6[i] = fs[i] + (hc61 * k1[i]) + (hc62 * k2[i]) + (hc63 * k3[i]) + (hc64 * k4[i]) + (hc65 * k5[i]);
        }

        Solve(k6);

        for (int i = 0; i < n; i++)
        {
            yn[i] += k6[i];
        }

        error = ErrorNorm(k6);
        return double.IsFinite(error) ? AttemptOutcome.Finite : AttemptOutcome.NonFinite;
    }

    private protected override double OnAccepted(double h, double error, bool clipped)
    {
        _needDerivative = true;
        _needJacobian = true;
        _firstStep = false;
        if (IsFixedStep)
        {
            return h;
        }

        double factor = Math.Clamp(FourthRoot(error) / Safety, 1.0 / MaxFactor, 1.0 / MinFactor);
        if (_haveHistory)
        {
            // Gustafsson's predictive controller, as in RODAS.
            double predictive = _hAccepted / h * FourthRoot(error * error / _errorAccepted) / Safety;
            factor = Math.Max(factor, Math.Clamp(predictive, 1.0 / MaxFactor, 1.0 / MinFactor));
        }

        double hNew = h / factor;
        _hAccepted = h;
        _errorAccepted = Math.Max(1e-2, error);
        _haveHistory = true;
        if (_lastRejected)
        {
            hNew = Math.Min(hNew, h);
        }

        _lastRejected = false;
        return hNew;
    }

    private protected override double OnRejected(double h, double error)
    {
        _lastRejected = true;
        if (_firstStep)
        {
            return 0.1 * h;
        }

        double factor = Math.Clamp(FourthRoot(error) / Safety, 1.0 / MaxFactor, 1.0 / MinFactor);
        return h / factor;
    }

    private protected override void DenseOutput(double theta, Span<double> y)
    {
        double[] y0 = _yNew, y1 = _y, k1 = _k1, k2 = _k2, k3 = _k3, k4 = _k4, k5 = _k5;
        double theta1 = 1 - theta;
        for (int i = 0; i < y.Length; i++)
        {
            double c2 = (H21 * k1[i]) + (H22 * k2[i]) + (H23 * k3[i]) + (H24 * k4[i]) + (H25 * k5[i]);
            double c3 = (H31 * k1[i]) + (H32 * k2[i]) + (H33 * k3[i]) + (H34 * k4[i]) + (H35 * k5[i]);
            y[i] = (theta1 * y0[i]) + (theta * (y1[i] + (theta1 * (c2 + (theta * c3)))));
        }
    }

    private protected override int LargestErrorIndex() => ArgMaxWeighted(_k6);

    private protected override int FirstNonFiniteIndex()
    {
        foreach (double[] v in (ReadOnlySpan<double[]>)[_yNew, _k6, _k5, _k4, _k3, _k2, _k1, _fStage])
        {
            int index = IndexOfNonFinite(v);
            if (index >= 0)
            {
                return index;
            }
        }

        return 0;
    }

    /// <summary>Factors W = fac·I − J densely with partial pivoting into <c>_matrix</c>; false when W is singular.</summary>
    private bool FactorDense(double fac)
    {
        int n = _n;
        double[] w = _matrix, jac = _jacobian;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = -jac[i];
        }

        for (int i = 0; i < n; i++)
        {
            w[(i * n) + i] += fac;
        }

        return DenseLu.FactorCore(ref MemoryMarshal.GetArrayDataReference(w), n, ref MemoryMarshal.GetArrayDataReference(_pivots));
    }

    /// <summary>x^(1/4), the controller exponent 1/(q + 1) for the order-3 error estimate, cheaper than Math.Pow.</summary>
    private static double FourthRoot(double x) => Math.Sqrt(Math.Sqrt(x));

    private void Solve(double[] rhs)
    {
        Counters.LinearSolves++;
        if (_sparseFactors)
        {
            _sparse!.Solve(rhs);
            return;
        }

        DenseLu.SolveCore(
            ref MemoryMarshal.GetArrayDataReference(_matrix),
            _n,
            ref MemoryMarshal.GetArrayDataReference(_pivots),
            ref MemoryMarshal.GetArrayDataReference(rhs));
    }

    /// <summary>Analytic Jacobian, or forward differences with δ_j = sqrt(eps·max(1e-5, |y_j|)) as in RODAS.</summary>
    private void ComputeJacobian()
    {
        Counters.JacobianEvaluations++;
        double[] jac = _jacobian;
        int n = _n;
        if (_analyticJacobian)
        {
            System.Jacobian(_t, _y, jac);
        }
        else
        {
            double[] y = _y, f0 = _f0, f1 = _fStage;
            for (int j = 0; j < n; j++)
            {
                double saved = y[j];
                double delta = Math.Sqrt(Eps * Math.Max(1e-5, Math.Abs(saved)));
                y[j] = saved + delta;
                delta = y[j] - saved;
                Rhs(_t, y, f1);
                y[j] = saved;
                double inverse = 1.0 / delta;
                for (int i = 0; i < n; i++)
                {
                    jac[(i * n) + j] = (f1[i] - f0[i]) * inverse;
                }
            }
        }

        double norm = 0;
        ReadOnlySpan<int> rowStart = _pattern is null ? default : _pattern.RowStart, columns = _pattern is null ? default : _pattern.Columns;
        for (int i = 0; i < n; i++)
        {
            double rowSum = 0;
            if (_pattern is null)
            {
                for (int j = 0; j < n; j++)
                {
                    rowSum += Math.Abs(jac[(i * n) + j]);
                }
            }
            else
            {
                // Entries outside the pattern are exactly zero: the same sum, term by term, as the dense loop.
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++)
                {
                    rowSum += Math.Abs(jac[(i * n) + columns[p]]);
                }
            }

            if (!double.IsFinite(rowSum))
            {
                throw OdeErrors.NonFinite(Options, _t, i, "Jacobian row");
            }

            norm = Math.Max(norm, rowSum);
        }

        JacobianNorm = norm;
    }

    /// <summary>∂f/∂t from <see cref="IOdeTimeDerivative"/>, or a forward difference with δ = sqrt(eps·max(1e-5, |t|)) as in RODAS.</summary>
    private void ComputeTimeDerivative()
    {
        double[] ft = _dfdt;
        if (_timeDerivative is not null)
        {
            _timeDerivative.TimeDerivative(_t, _y, ft);
        }
        else
        {
            double delta = Math.Sqrt(Eps * Math.Max(1e-5, Math.Abs(_t)));
            double tShift = _t + delta;
            delta = tShift - _t;
            Rhs(tShift, _y, _fStage);
            double inverse = 1.0 / delta;
            double[] f0 = _f0, f1 = _fStage;
            for (int i = 0; i < ft.Length; i++)
            {
                ft[i] = (f1[i] - f0[i]) * inverse;
            }
        }

        int bad = IndexOfNonFinite(ft);
        if (bad >= 0)
        {
            throw OdeErrors.NonFinite(Options, _t, bad, "time derivative ∂f/∂t");
        }
    }
}
