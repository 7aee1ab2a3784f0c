using Abscopal.Numerics.Random;
using Abscopal.Numerics.Statistics;
using Abscopal.Trials.Populations;

namespace Abscopal.Trials.Tests;

/// <summary>
/// The maximum-likelihood log-shift fit on stand-in response models whose answer is known: a probit curve
/// p(s) = Φ((s − m)/σ) (the MLE solves p(ŝ) = k/n, so ŝ = m + σ·Φ⁻¹(k/n)) and a common-random-numbers pool of thresholds
/// (the response is the empirical CDF, so ŝ is an order statistic).
/// </summary>
public class LogShiftFitTests
{
    private const double M = -2.3;
    private const double Sd = 0.8;

    private static ProportionEstimate Probit(double s) => BinomialProportion.Wilson((long)Math.Round(1e12 * Normal.Cdf((s - M) / Sd)), 1_000_000_000_000);

    [Fact]
    public void Likelihood_Ratio_Interval_Of_9_Of_170_Has_Deviance_Chi2_At_Both_Ends()
    {
        // Given KEYNOTE-086 cohort A's count (9/170)
        // When its 95% likelihood-ratio interval is computed
        var (low, high) = PopulationCalibration.LikelihoodRatioInterval(9, 170);

        // Then the deviance 2·[ℓ(k/n) − ℓ(p)] equals χ²₁(0.95) = 3.8415 at both ends (the interval's definition), and the ends bracket k/n
        static double LogLik(double p) => (9 * Math.Log(p)) + (161 * Math.Log(1 - p));
        var top = LogLik(9 / 170.0);
        Assert.Equal(3.841458820694124, 2 * (top - LogLik(low)), 6);
        Assert.Equal(3.841458820694124, 2 * (top - LogLik(high)), 6);
        Assert.InRange(9 / 170.0, low, high);

        // And it lies close to the Clopper–Pearson interval of the same count (2.5%–9.8%), a little narrower as LR intervals are
        var exact = BinomialProportion.ClopperPearson(9, 170);
        Assert.InRange(low, exact.Lower, exact.Lower + 0.01);
        Assert.InRange(high, exact.Upper - 0.01, exact.Upper);
    }

    [Fact]
    public void Probit_Response_Fit_Recovers_The_Analytic_Shift_And_Interval()
    {
        // Given a response p(s) = Φ((s − m)/σ) with m = −2.3, σ = 0.8, and 9 responders of 170
        var observed = ObservedResponse.Keynote086CohortA;

        // When the shift is fitted on [−6, 1] to 0.001
        var fit = PopulationCalibration.FitLogShift(Probit, observed, -6, 1, 0.001);

        // Then ŝ = m + σ·Φ⁻¹(9/170) and the interval is m + σ·Φ⁻¹ of the likelihood-ratio interval's ends
        var (pLow, pHigh) = PopulationCalibration.LikelihoodRatioInterval(9, 170);
        Assert.Equal(M + (Sd * Normal.Quantile(9 / 170.0)), fit.LogShift, 0.001);
        Assert.Equal(M + (Sd * Normal.Quantile(pLow)), fit.Lower, 0.001);
        Assert.Equal(M + (Sd * Normal.Quantile(pHigh)), fit.Upper, 0.001);
        Assert.Equal(9 / 170.0, fit.ResponseAtFit.Value, 3);

        // And each of the three bisections took at most ⌈log2(range/tolerance)⌉ = 13 evaluations besides the two ends, listed in order of s
        Assert.InRange(fit.Evaluations.Length, 10, 2 + (3 * 13));
        Assert.True(fit.Evaluations.Zip(fit.Evaluations.Skip(1)).All(p => p.First.LogShift < p.Second.LogShift));
    }

    [Fact]
    public void Decreasing_Response_Swaps_The_Interval_Ends()
    {
        // Given a response that falls with s, p(s) = 1 − Φ((s − m)/σ)
        static ProportionEstimate Falling(double s) => BinomialProportion.Wilson((long)Math.Round(1e12 * (1 - Normal.Cdf((s - M) / Sd))), 1_000_000_000_000);

        // When 18 of 84 (KEYNOTE-086 cohort B) are fitted
        var fit = PopulationCalibration.FitLogShift(Falling, ObservedResponse.Keynote086CohortB, -6, 1, 0.001);

        // Then ŝ = m + σ·Φ⁻¹(1 − 18/84), and Lower < ŝ < Upper
        Assert.Equal(M + (Sd * Normal.Quantile(1 - (18 / 84.0))), fit.LogShift, 0.001);
        Assert.True(fit.Lower < fit.LogShift && fit.LogShift < fit.Upper);
    }

    [Fact]
    public void Common_Random_Numbers_Pool_Fit_Is_The_Order_Statistic_Of_The_Thresholds()
    {
        // Given 500 stand-in patients, each responding once s exceeds its own threshold m + σ·z_i (z_i from stream (7, i)),
        // so the pool response is the empirical CDF of the thresholds, the same patients at every s
        const int N = 500;
        var thresholds = new double[N];
        for (var i = 0; i < N; i++)
        {
            var r = new RandomStream(7, (ulong)i);
            thresholds[i] = M + (Sd * r.NextStandardNormal());
        }

        ProportionEstimate Pool(double s) => BinomialProportion.Wilson(thresholds.Count(t => t <= s), N);

        // When 9 of 170 are fitted to 1e-4
        var fit = PopulationCalibration.FitLogShift(Pool, ObservedResponse.Keynote086CohortA, -6, 1, 1e-4);

        // Then ŝ is the ⌈N·9/170⌉-th smallest threshold: the first s at which the pool's ORR reaches 9/170
        var sorted = thresholds.Order().ToArray();
        var j = (int)Math.Ceiling(N * 9 / 170.0);
        Assert.Equal(sorted[j - 1], fit.LogShift, 1e-4);
        Assert.Equal(j, fit.ResponseAtFit.Successes);
    }

    [Fact]
    public void Target_Outside_The_Range_Is_Reported_Not_Clamped()
    {
        // Given a response that never falls below 30% in the range
        static ProportionEstimate Floor(double s) => BinomialProportion.Wilson(300 + (long)(10 * Math.Max(0, s + 6)), 1000);

        // When 9/170 is fitted, Then the fit says the range misses the observed rate
        var error = Assert.Throws<InvalidOperationException>(() => PopulationCalibration.FitLogShift(Floor, ObservedResponse.Keynote086CohortA, -6, 1));
        Assert.Contains("widen the range", error.Message, StringComparison.Ordinal);
    }
}
