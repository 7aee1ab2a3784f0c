namespace Abscopal.Numerics.Statistics;

/// <summary>
/// A Kaplan–Meier survival curve at its event times, with Greenwood standard errors and pointwise log-log confidence limits (immutable).
/// </summary>
public sealed class KaplanMeierCurve
{
    private readonly double[] _times;
    private readonly long[] _atRisk;
    private readonly long[] _events;
    private readonly double[] _survival;
    private readonly double[] _standardError;
    private readonly double[] _lower;
    private readonly double[] _upper;

    internal KaplanMeierCurve(double[] times, long[] atRisk, long[] events, double[] survival, double[] standardError, double[] lower, double[] upper, double level)
    {
        _times = times;
        _atRisk = atRisk;
        _events = events;
        _survival = survival;
        _standardError = standardError;
        _lower = lower;
        _upper = upper;
        Level = level;
    }

    /// <summary>The event times, increasing.</summary>
    public ReadOnlySpan<double> Times => _times;

    /// <summary>The number at risk just before each event time.</summary>
    public ReadOnlySpan<long> AtRisk => _atRisk;

    /// <summary>The number of events at each event time.</summary>
    public ReadOnlySpan<long> Events => _events;

    /// <summary>S(t) just after each event time.</summary>
    public ReadOnlySpan<double> Survival => _survival;

    /// <summary>The Greenwood standard error of S(t): S·√(Σ d/(n(n − d))).</summary>
    public ReadOnlySpan<double> StandardError => _standardError;

    /// <summary>The lower log-log confidence limit of S(t) (NaN where S is 0).</summary>
    public ReadOnlySpan<double> Lower => _lower;

    /// <summary>The upper log-log confidence limit of S(t) (NaN where S is 0).</summary>
    public ReadOnlySpan<double> Upper => _upper;

    /// <summary>The confidence level of the limits, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>S(t): the right-continuous step function, 1 before the first event.</summary>
    public double SurvivalAt(double time)
    {
        int index = Array.BinarySearch(_times, time);
        index = index >= 0 ? index : ~index - 1;
        return index < 0 ? 1.0 : _survival[index];
    }

    /// <summary>The median survival time with the Brookmeyer–Crowley confidence interval from the log-log limits.</summary>
    /// <remarks>
    /// Brookmeyer &amp; Crowley (1982), "A confidence interval for the median survival time", Biometrics 38:29–41, doi:10.2307/2530286:
    /// the interval holds the times t whose test of S(t) = ½ is not rejected; with transformed limits the lower (upper) limit of the median is the first time the lower
    /// (upper) limit of S falls to ½ (Klein &amp; Moeschberger, <i>Survival Analysis</i>, 2nd ed., §4.5), as R's survfit reports it.
    /// </remarks>
    public MedianSurvival Median() => new(FirstAtOrBelowHalf(_survival), FirstAtOrBelowHalf(_lower), FirstAtOrBelowHalf(_upper), Level);

    private double FirstAtOrBelowHalf(double[] curve)
    {
        // R's rule (survival::quantile.survfit): where the curve equals ½ to within √eps on a flat step, take the midpoint of the step.
        const double Tolerance = 1.4901161193847656e-08;
        for (int i = 0; i < curve.Length; i++)
        {
            double y = curve[i];
            if (double.IsNaN(y) || y > 0.5 + Tolerance)
            {
                continue;
            }

            if (Math.Abs(y - 0.5) < Tolerance)
            {
                for (int k = i + 1; k < curve.Length; k++)
                {
                    if (curve[k] < 0.5 - Tolerance)
                    {
                        return 0.5 * (_times[i] + _times[k]);
                    }
                }
            }

            return _times[i];
        }

        return double.NaN;
    }
}
