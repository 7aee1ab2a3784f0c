namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// Shared machinery of the one-step methods: the accept/reject loop, landing exactly on stops, fixed steps,
/// non-negativity constraints, NaN recovery, step-size limits and the starting step.
/// </summary>
/// <remarks>
/// Derived classes supply a trial step with an error estimate, a step-size controller and a dense output.
/// After an accepted step <c>_y</c> holds y_n and <c>_yNew</c> holds y_{n−1} until the next trial overwrites it.
/// </remarks>
internal abstract class AdaptiveIntegrator : OdeIntegrator
{
    /// <summary>Machine epsilon of double, 2^−52.</summary>
    private protected const double Eps = 2.220446049250313e-16;

    private protected readonly int _n;
    private protected readonly double[] _atol;
    private protected readonly double _rtol;
    private protected readonly double[] _scratchA;
    private protected readonly double[] _scratchB;
    private protected double[] _y;
    private protected double[] _yNew;
    private protected double _t;
    private protected double _tPrevious;
    private protected double _hLast;
    private protected double _h;

    private readonly double _maxStep;
    private readonly double _fixedStep;
    private readonly double _initialStep;
    private readonly int _maxSteps;
    private readonly int[] _nonNegative;
    private bool _initialized;
    private bool _denseValid;

    private protected AdaptiveIntegrator(IOdeSystem system, OdeOptions options, OdeCounters counters)
        : base(system, options, counters)
    {
        _n = system.Dimension;
        _rtol = options.RelativeTolerance;
        _atol = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            _atol[i] = options.AbsoluteToleranceOf(i);
        }

        _maxStep = options.MaxStep;
        _fixedStep = options.FixedStep ?? 0;
        _initialStep = options.InitialStep;
        _maxSteps = options.MaxSteps;
        _nonNegative = options.NonNegative ?? [];
        _y = new double[_n];
        _yNew = new double[_n];
        _scratchA = new double[_n];
        _scratchB = new double[_n];
        _t = double.NaN;
        _tPrevious = double.NaN;
    }

    /// <inheritdoc/>
    public sealed override double Time => _t;

    /// <inheritdoc/>
    public sealed override double PreviousTime => _tPrevious;

    /// <inheritdoc/>
    public sealed override ReadOnlySpan<double> State => _y;

    /// <inheritdoc/>
    public sealed override double SuggestedStep => _h;

    /// <summary>Whether fixed steps are used (no error control).</summary>
    private protected bool IsFixedStep => _fixedStep > 0;

    /// <summary>f(t_n, y_n) when already known, else empty (used to hand over at a method switch).</summary>
    internal abstract ReadOnlySpan<double> CurrentDerivative { get; }

    /// <summary>Whether the last steps looked stiff to this method's detector (for the TooManySteps hint).</summary>
    private protected virtual bool LooksStiff => false;

    /// <inheritdoc/>
    public sealed override void Initialize(double t0, ReadOnlySpan<double> y0)
    {
        CheckStart(t0, y0, nameof(y0));
        Counters.Reset();
        SetState(t0, y0);
        Prime(default);
        _h = StartingStep();
    }

    /// <inheritdoc/>
    public sealed override void Reinitialize(double t, ReadOnlySpan<double> y)
    {
        CheckStart(t, y, nameof(y));
        double keep = _h;
        SetState(t, y);
        Prime(default);
        _h = keep > 0 && double.IsFinite(keep) ? keep : StartingStep();
    }

    /// <summary>Continues from (t, y) with a known derivative (or empty) and a given step, without resetting statistics.</summary>
    internal void Restart(double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, double h)
    {
        SetState(t, y);
        Prime(f0);
        _h = h > 0 && double.IsFinite(h) ? h : StartingStep();
    }

    /// <inheritdoc/>
    public sealed override void Step(double tLimit)
    {
        if (!_initialized)
        {
            throw new InvalidOperationException("Call Initialize before Step.");
        }

        if (!double.IsFinite(tLimit) || !(tLimit > _t))
        {
            throw new ArgumentOutOfRangeException(
                nameof(tLimit),
                tLimit,
                OdeErrors.Format($"tLimit must be finite and greater than the current Time {_t:G17}: integration runs forward only."));
        }

        _denseValid = false;
        BeginStep();
        int singularInARow = 0;
        while (true)
        {
            if (Counters.TotalSteps >= _maxSteps)
            {
                throw OdeErrors.TooManySteps(Options, _t, tLimit, LooksStiff);
            }

            double h;
            bool landing;
            if (_fixedStep > 0)
            {
                h = _fixedStep;
                landing = _t + (h * (1 + 1e-9)) >= tLimit;
            }
            else
            {
                h = Math.Min(_h, _maxStep);
                landing = _t + (1.01 * h) >= tLimit;
            }

            double hIntended = h;
            double tNew;
            if (landing)
            {
                h = tLimit - _t;
                tNew = tLimit;
            }
            else
            {
                tNew = _t + h;
            }

            if (!landing && (h < MinStep(_t) || !(tNew > _t)))
            {
                // Accepted steps can shrink towards a singularity as well as rejected ones.
                throw OdeErrors.Underflow(Options, _t, h, LargestErrorIndex(), "the solution keeps demanding smaller steps");
            }

            AttemptOutcome outcome = Attempt(h, tNew, out double error);
            if (outcome == AttemptOutcome.Singular)
            {
                Counters.RejectedSteps++;
                if (++singularInARow >= 5 || _fixedStep > 0)
                {
                    throw OdeErrors.Singular(_t, h);
                }

                _h = 0.5 * h;
                CheckUnderflow(_h, -1, "the iteration matrix is singular");
                continue;
            }

            if (outcome == AttemptOutcome.NonFinite || !double.IsFinite(error))
            {
                // Treat NaN/∞ as a failed step with a much smaller h; report only when h underflows.
                Counters.RejectedSteps++;
                double hSmaller = 0.1 * h;
                if (_fixedStep > 0 || hSmaller < MinStep(_t))
                {
                    throw OdeErrors.NonFinite(Options, _t, FirstNonFiniteIndex(), "trial value");
                }

                _h = hSmaller;
                OnNonFiniteRejected();
                continue;
            }

            if (_fixedStep > 0 || error <= 1)
            {
                bool clipped = false;
                if (_nonNegative.Length > 0)
                {
                    double shrink = EnforceNonNegative(out clipped, out int violator);
                    if (shrink < 1)
                    {
                        Counters.RejectedSteps++;
                        _h = h * shrink;
                        CheckUnderflow(_h, violator, "a non-negative state keeps going below −atol");
                        continue;
                    }
                }

                _tPrevious = _t;
                _t = tNew;
                _hLast = h;
                (_y, _yNew) = (_yNew, _y);
                Counters.AcceptedSteps++;
                double hNext = OnAccepted(h, error, clipped);
                if (landing && h < hIntended && hNext >= h)
                {
                    // Shortening a step to land on a stop must not shrink the next step.
                    hNext = Math.Max(hNext, hIntended);
                }

                _h = Math.Min(hNext, double.MaxValue);
                _denseValid = true;
                return;
            }

            Counters.RejectedSteps++;
            _h = OnRejected(h, error);
            CheckUnderflow(_h, LargestErrorIndex(), "the error test keeps failing");
        }
    }

    /// <inheritdoc/>
    public sealed override void Interpolate(double t, Span<double> y)
    {
        if (y.Length != _n)
        {
            throw new ArgumentException(OdeErrors.Format($"y has length {y.Length} but the system has {_n} states."), nameof(y));
        }

        if (t == _t)
        {
            _y.CopyTo(y);
            return;
        }

        if (!_denseValid || !(t >= _tPrevious && t <= _t))
        {
            throw new ArgumentOutOfRangeException(
                nameof(t),
                t,
                OdeErrors.Format($"Dense output is available on [{_tPrevious:G17}, {_t:G17}] only (the last accepted step)."));
        }

        if (t == _tPrevious)
        {
            _yNew.CopyTo(y);
            return;
        }

        DenseOutput((t - _tPrevious) / _hLast, y);

        // The interpolant may dip slightly below zero between two non-negative step ends; constrained states are clipped.
        foreach (int i in _nonNegative)
        {
            if (y[i] < 0)
            {
                y[i] = 0;
            }
        }
    }

    /// <summary>Computes or copies f(t_n, y_n) into the method's buffers and drops controller history and method-switch counters.</summary>
    private protected abstract void Prime(ReadOnlySpan<double> knownDerivative);

    /// <summary>Prepares a step from the current state (FSAL hand-over, Jacobian); called once per <see cref="Step"/>.</summary>
    private protected abstract void BeginStep();

    /// <summary>Computes a trial solution of step h into <c>_yNew</c> and its weighted RMS error estimate.</summary>
    private protected abstract AttemptOutcome Attempt(double h, double tNew, out double error);

    /// <summary>Bookkeeping after an accepted step (state already swapped in); returns the proposed next step.</summary>
    private protected abstract double OnAccepted(double h, double error, bool clipped);

    /// <summary>Controller response to a failed error test; returns the step to retry with.</summary>
    private protected abstract double OnRejected(double h, double error);

    /// <summary>Hook after a trial with non-finite values was rejected.</summary>
    private protected virtual void OnNonFiniteRejected()
    {
    }

    /// <summary>Dense output at s = (t − t_{n−1}) / h ∈ (0, 1) of the last accepted step.</summary>
    private protected abstract void DenseOutput(double theta, Span<double> y);

    /// <summary>Index of the state with the largest weighted error in the last trial step.</summary>
    private protected abstract int LargestErrorIndex();

    /// <summary>Index of the first non-finite value of the last trial (solution first, then stages).</summary>
    private protected abstract int FirstNonFiniteIndex();

    /// <summary>Evaluates f and counts it.</summary>
    private protected void Rhs(double t, double[] y, double[] dydt)
    {
        Counters.RhsEvaluations++;
        System.Derivative(t, y, dydt);
    }

    /// <summary>Throws when f(t_n, y_n) is not finite: no step size can fix the current state.</summary>
    private protected void CheckDerivativeFinite(double[] f)
    {
        for (int i = 0; i < f.Length; i++)
        {
            if (!double.IsFinite(f[i]))
            {
                throw OdeErrors.NonFinite(Options, _t, i, "derivative");
            }
        }
    }

    /// <summary>Index of the first non-finite entry of <paramref name="values"/>, or −1.</summary>
    private protected static int IndexOfNonFinite(double[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Weighted RMS norm of <paramref name="error"/> with weights atol_i + rtol·max(|y_i|, |ynew_i|); NaN when the trial solution is not finite.</summary>
    private protected double ErrorNorm(double[] error)
    {
        double[] y = _y, yNew = _yNew, atol = _atol, e = error;
        int n = _n;
        double sum = 0, guard = 0;
        for (int i = 0; i < n; i++)
        {
            double scale = atol[i] + (_rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yNew[i])));
            double r = e[i] / scale;
            sum += r * r;
            guard += yNew[i] * 0.0;
        }

        return Math.Sqrt(sum / n) + guard;
    }

    /// <summary>Index maximising |e_i| / (atol_i + rtol·max(|y_i|, |ynew_i|)).</summary>
    private protected int ArgMaxWeighted(double[] error)
    {
        int best = 0;
        double bestValue = -1;
        for (int i = 0; i < _n; i++)
        {
            double scale = _atol[i] + (_rtol * Math.Max(Math.Abs(_y[i]), Math.Abs(_yNew[i])));
            double r = Math.Abs(error[i]) / scale;
            if (r > bestValue || double.IsNaN(r))
            {
                bestValue = double.IsNaN(r) ? double.PositiveInfinity : r;
                best = i;
            }
        }

        return best;
    }

    /// <summary>Smallest useful step at t: 16·eps·|t| (Hairer's DOPRI5/RODAS criterion), floored at 1e-300 for t = 0.</summary>
    private static double MinStep(double t) => Math.Max(16 * Eps * Math.Abs(t), 1e-300);

    private void CheckUnderflow(double h, int index, string reason)
    {
        if (h < MinStep(_t) || !(h > 0))
        {
            throw OdeErrors.Underflow(Options, _t, h, index, reason);
        }
    }

    private void CheckStart(double t, ReadOnlySpan<double> y, string parameter)
    {
        if (!double.IsFinite(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "The time must be finite.");
        }

        if (y.Length != _n)
        {
            throw new ArgumentException(OdeErrors.Format($"The state has length {y.Length} but the system has {_n} states."), parameter);
        }

        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw OdeErrors.NonFinite(Options, t, i, "value");
            }
        }
    }

    private void SetState(double t, ReadOnlySpan<double> y)
    {
        y.CopyTo(_y);
        _t = t;
        _tPrevious = t;
        _hLast = 0;
        _initialized = true;
        _denseValid = false;
    }

    /// <summary>
    /// Starting step of Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.4 ("Starting step size", and DOPRI5's HINIT):
    /// h0 = 0.01·‖y0‖/‖f0‖, one explicit Euler step to estimate ‖y''‖, then h = min(100·h0, (0.01/max(‖f0‖, ‖y''‖))^(1/(p+1))).
    /// </summary>
    private double StartingStep()
    {
        if (_fixedStep > 0)
        {
            return _fixedStep;
        }

        if (_initialStep > 0)
        {
            return Math.Min(_initialStep, _maxStep);
        }

        ReadOnlySpan<double> f0 = CurrentDerivative;
        double[] y = _y, y1 = _scratchA, f1 = _scratchB, atol = _atol;
        int n = _n;
        double dnf = 0, dny = 0;
        for (int i = 0; i < n; i++)
        {
            double scale = atol[i] + (_rtol * Math.Abs(y[i]));
            dnf += (f0[i] / scale) * (f0[i] / scale);
            dny += (y[i] / scale) * (y[i] / scale);
        }

        dnf = Math.Sqrt(dnf / n);
        dny = Math.Sqrt(dny / n);
        double h = dnf <= 1e-5 || dny <= 1e-5 ? 1e-6 : 0.01 * (dny / dnf);
        h = Math.Min(h, _maxStep);
        for (int i = 0; i < n; i++)
        {
            y1[i] = y[i] + (h * f0[i]);
        }

        Rhs(_t + h, y1, f1);
        double der2 = 0;
        for (int i = 0; i < n; i++)
        {
            double scale = atol[i] + (_rtol * Math.Abs(y[i]));
            double d = (f1[i] - f0[i]) / scale;
            der2 += d * d;
        }

        der2 = Math.Sqrt(der2 / n) / h;
        if (!double.IsFinite(der2))
        {
            return Math.Max(h * 1e-3, 64 * Eps * Math.Abs(_t));
        }

        double der12 = Math.Max(der2, dnf);
        double h1 = der12 <= 1e-15 ? Math.Max(1e-6, h * 1e-3) : Math.Pow(0.01 / der12, 1.0 / (ErrorEstimatorOrder + 1));
        h = Math.Min(Math.Min(100 * h, h1), _maxStep);
        return Math.Max(h, 64 * Eps * Math.Abs(_t));
    }

    /// <summary>Order of the embedded error estimator (4 for DP5, 3 for Rodas4), for the starting step.</summary>
    private protected abstract int ErrorEstimatorOrder { get; }

    /// <summary>CVODE-style inequality constraints (Hindmarsh et al. 2005, ACM TOMS 31:363, §2.1 "constraints").</summary>
    /// <returns>1 when the trial passes (tiny negatives clipped to 0), else the factor by which to shrink h.</returns>
    private double EnforceNonNegative(out bool clipped, out int violator)
    {
        clipped = false;
        violator = -1;
        double shrink = 1;
        foreach (int i in _nonNegative)
        {
            double v = _yNew[i];
            if (v >= 0)
            {
                continue;
            }

            double old = _y[i];
            if (old < -_atol[i] && _fixedStep == 0)
            {
                // Already negative beyond atol (e.g. set so by the caller): nothing sensible to enforce.
                continue;
            }

            if (v < -_atol[i] && _fixedStep == 0)
            {
                // Shrink so the linear path from old to new would stop at 90% of the way to zero.
                double factor = old > 0 ? 0.9 * old / (old - v) : 0.1;
                shrink = Math.Min(shrink, Math.Max(0.1, factor));
                violator = violator < 0 ? i : violator;
            }
            else
            {
                _yNew[i] = 0;
                clipped = true;
            }
        }

        return shrink;
    }
}
