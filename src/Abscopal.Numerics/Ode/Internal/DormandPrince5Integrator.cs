using static Abscopal.Numerics.Ode.Internal.DormandPrince5Tableau;

namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// Explicit Runge–Kutta 5(4) of Dormand &amp; Prince with FSAL, the PI step-size controller with Lund stabilisation,
/// Shampine's dense output and Hairer's stiffness detection, following DOPRI5 (Hairer, Nørsett &amp; Wanner,
/// <i>Solving ODEs I</i>, 2nd ed., §II.4 eq. 4.13, §II.5, §II.6, §IV.2 "Automatic stiffness detection").
/// </summary>
internal sealed class DormandPrince5Integrator : AdaptiveIntegrator
{
    // PI controller constants of DOPRI5: beta = 0.04, exponent 1/5 − 0.75·beta, safety 0.9, h_new/h ∈ [0.2, 10].
    private const double Beta = 0.04;
    private const double Exponent = 0.2 - (0.75 * Beta);
    private const double Safety = 0.9;
    private const double MinFactor = 0.2;
    private const double MaxFactor = 10.0;

    /// <summary>DOPRI5's bound on h·|λ| beyond which a step counts as stiff (DP5's real stability interval is ≈ [−3.3, 0]).</summary>
    internal const double HairerStiffnessBound = 3.25;

    private readonly double[] _k2;
    private readonly double[] _k3;
    private readonly double[] _k4;
    private readonly double[] _k5;
    private readonly double[] _k6;
    private readonly double[] _yStage;
    private readonly double[] _yStage6;
    private double[] _k1;
    private double[] _k7;
    private bool _fsalPending;
    private double _errorOldPower = Math.Pow(1e-4, Beta);
    private bool _lastRejected;
    private int _stiffCount;
    private int _nonStiffCount;

    public DormandPrince5Integrator(IOdeSystem system, OdeOptions options, OdeCounters counters)
        : base(system, options, counters)
    {
        _k1 = new double[_n];
        _k2 = new double[_n];
        _k3 = new double[_n];
        _k4 = new double[_n];
        _k5 = new double[_n];
        _k6 = new double[_n];
        _k7 = new double[_n];
        _yStage = new double[_n];
        _yStage6 = new double[_n];
    }

    /// <inheritdoc/>
    public override bool IsStiff => false;

    /// <summary>h·|λ| above which a step counts as stiff; DOPRI5's 3.25 unless an automatic switcher asks for earlier detection.</summary>
    internal double StiffnessBound { get; init; } = HairerStiffnessBound;

    /// <summary>DOPRI5's stiffness counter: steps with h·|λ| &gt; 3.25 since the last run of 6 non-stiff steps.</summary>
    internal int StiffnessCount => _stiffCount;

    /// <summary>The estimate h·|λ| of the last accepted step.</summary>
    internal double LastStiffnessRatio { get; private set; }

    internal override ReadOnlySpan<double> CurrentDerivative => _fsalPending ? _k7 : _k1;

    private protected override bool LooksStiff => _stiffCount >= 15;

    private protected override int ErrorEstimatorOrder => 4;

    private protected override void Prime(ReadOnlySpan<double> knownDerivative)
    {
        if (knownDerivative.Length == _n)
        {
            knownDerivative.CopyTo(_k1);
        }
        else
        {
            Rhs(_t, _y, _k1);
        }

        CheckDerivativeFinite(_k1);
        _fsalPending = false;
        _errorOldPower = Math.Pow(1e-4, Beta);
        _lastRejected = false;
        _stiffCount = 0;
        _nonStiffCount = 0;
        LastStiffnessRatio = 0;
    }

    private protected override void BeginStep()
    {
        if (_fsalPending)
        {
            (_k1, _k7) = (_k7, _k1);
            _fsalPending = false;
        }
    }

    private protected override AttemptOutcome Attempt(double h, double tNew, out double error)
    {
        double[] y = _y, ys = _yStage, ys6 = _yStage6, yn = _yNew;
        double[] k1 = _k1, k2 = _k2, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6, k7 = _k7;
        double[] atol = _atol;
        double t = _t, rtol = _rtol;
        int n = _n;

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (h * A21 * k1[i]);
        }

        Rhs(t + (C2 * h), ys, k2);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (h * ((A31 * k1[i]) + (A32 * k2[i])));
        }

        Rhs(t + (C3 * h), ys, k3);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (h * ((A41 * k1[i]) + (A42 * k2[i]) + (A43 * k3[i])));
        }

        Rhs(t + (C4 * h), ys, k4);
        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + (h * ((A51 * k1[i]) + (A52 * k2[i]) + (A53 * k3[i]) + (A54 * k4[i])));
        }

        Rhs(t + (C5 * h), ys, k5);
        for (int i = 0; i < n; i++)
        {
            ys6[i] = y[i] + (h * ((A61 * k1[i]) + (A62 * k2[i]) + (A63 * k3[i]) + (A64 * k4[i]) + (A65 * k5[i])));
        }

        Rhs(tNew, ys6, k6);
        for (int i = 0; i < n; i++)
        {
            yn[i] = y[i] + (h * ((B1 * k1[i]) + (B3 * k3[i]) + (B4 * k4[i]) + (B5 * k5[i]) + (B6 * k6[i])));
        }

        Rhs(tNew, yn, k7);

        double sum = 0, guard = 0;
        for (int i = 0; i < n; i++)
        {
            double e = h * ((E1 * k1[i]) + (E3 * k3[i]) + (E4 * k4[i]) + (E5 * k5[i]) + (E6 * k6[i]) + (E7 * k7[i]));
            double scale = atol[i] + (rtol * Math.Max(Math.Abs(y[i]), Math.Abs(yn[i])));
            double r = e / scale;
            sum += r * r;
            guard += yn[i] * 0.0;
        }

        error = Math.Sqrt(sum / n) + guard;
        return double.IsFinite(error) ? AttemptOutcome.Finite : AttemptOutcome.NonFinite;
    }

    private protected override double OnAccepted(double h, double error, bool clipped)
    {
        _fsalPending = true;
        if (clipped)
        {
            // The FSAL derivative belongs to the unclipped solution: recompute it.
            Rhs(_t, _y, _k7);
            CheckDerivativeFinite(_k7);
        }
        else
        {
            DetectStiffness(h);
        }

        if (IsFixedStep)
        {
            return h;
        }

        double fac11 = Math.Pow(error, Exponent);
        double factor = fac11 / _errorOldPower;
        factor = Math.Clamp(factor / Safety, 1.0 / MaxFactor, 1.0 / MinFactor);
        double hNew = h / factor;
        _errorOldPower = Math.Pow(Math.Max(error, 1e-4), Beta);
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
        double fac11 = Math.Pow(error, Exponent);
        return h / Math.Min(1.0 / MinFactor, fac11 / Safety);
    }

    private protected override void DenseOutput(double theta, Span<double> y)
    {
        double[] y0 = _yNew, y1 = _y, k1 = _k1, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6, k7 = _k7;
        double h = _hLast, theta1 = 1 - theta;
        for (int i = 0; i < y.Length; i++)
        {
            double yDiff = y1[i] - y0[i];
            double bSpline = (h * k1[i]) - yDiff;
            double r4 = yDiff - (h * k7[i]) - bSpline;
            double r5 = h * ((D1 * k1[i]) + (D3 * k3[i]) + (D4 * k4[i]) + (D5 * k5[i]) + (D6 * k6[i]) + (D7 * k7[i]));
            y[i] = y0[i] + (theta * (yDiff + (theta1 * (bSpline + (theta * (r4 + (theta1 * r5)))))));
        }
    }

    private protected override int LargestErrorIndex()
    {
        double[] e = _scratchA;
        for (int i = 0; i < _n; i++)
        {
            e[i] = (E1 * _k1[i]) + (E3 * _k3[i]) + (E4 * _k4[i]) + (E5 * _k5[i]) + (E6 * _k6[i]) + (E7 * _k7[i]);
        }

        return ArgMaxWeighted(e);
    }

    private protected override int FirstNonFiniteIndex()
    {
        foreach (double[] v in (ReadOnlySpan<double[]>)[_yNew, _k7, _yStage6, _k6, _k5, _k4, _k3, _k2, _yStage])
        {
            int index = IndexOfNonFinite(v);
            if (index >= 0)
            {
                return index;
            }
        }

        return 0;
    }

    /// <summary>h·|λ| ≈ h·‖f(y1) − f(ŷ6)‖/‖y1 − ŷ6‖ from the two last stages (both at t + h), DOPRI5's counter logic.</summary>
    private void DetectStiffness(double h)
    {
        double[] k6 = _k6, k7 = _k7, y1 = _y, ys6 = _yStage6;
        double num = 0, den = 0;
        for (int i = 0; i < _n; i++)
        {
            double df = k7[i] - k6[i];
            double dy = y1[i] - ys6[i];
            num += df * df;
            den += dy * dy;
        }

        if (!(den > 0))
        {
            return;
        }

        double ratio = h * Math.Sqrt(num / den);
        LastStiffnessRatio = ratio;
        if (ratio > StiffnessBound)
        {
            _nonStiffCount = 0;
            _stiffCount++;
        }
        else if (++_nonStiffCount == 6)
        {
            _stiffCount = 0;
        }
    }
}
