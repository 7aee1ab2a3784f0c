using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Tests.Statistics;

/// <summary>
/// Kaplan–Meier, log-rank and Cox against published results and R 4.2.2 with survival 3.5.3 (Therneau) and MASS 7.3.58.2.
/// The Freireich 6-MP leukaemia trial (Freireich et al. 1963, Blood 21:699; Gehan 1965, Biometrika 52:203) is MASS::gehan;
/// references come from <c>survdiff(Surv(time, cens) ~ treat, gehan)</c>, <c>survfit(Surv(time, cens) ~ treat, gehan,
/// conf.type = "log-log")</c> and <c>coxph(Surv(time, cens) ~ treat, gehan, ties = "efron")</c>.
/// </summary>
public sealed class SurvivalTests
{
    // Remission times in weeks; a negative value is censored (6+, 9+, …).
    private static readonly double[] s_mp6 = [6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32, -34, -35];
    private static readonly double[] s_placebo = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23];

    private static SurvivalTable Table(double[] signedTimes) =>
        SurvivalTable.FromSubjects(signedTimes.Select(Math.Abs).ToArray(), signedTimes.Select(t => t > 0).ToArray());

    [Fact]
    public void Freireich_Log_Rank_Chi_Square_Is_16_79()
    {
        // When the 6-MP and placebo arms are compared
        var result = LogRankTest.Compare(Table(s_mp6), Table(s_placebo));

        // Then χ² = 16.79 on 1 df (Gehan 1965; Kleinbaum & Klein, Survival Analysis, 3rd ed., ch. 2), R: 16.7929409892165, p = 4.1688e-05
        Assert.Equal(16.7929409892165, result.ChiSquare, 1e-11);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(4.16880911e-05, result.PValue, 1e-12);
        Assert.Equal(9, result.Observed[0]);
        Assert.Equal(19.250500948, result.Expected[0], 1e-9);
        Assert.Equal(10.749499052, result.Expected[1], 1e-9);
    }

    [Fact]
    public void Freireich_Kaplan_Meier_Matches_R_survfit_With_Log_Log_Limits()
    {
        // When the 6-MP arm's curve is estimated
        var curve = KaplanMeier.Estimate(Table(s_mp6));

        // Then times, numbers at risk, S, Greenwood SE and log-log limits match summary(survfit(...)) (S = 0.6901961 at 13 weeks: Kaplan–Meier 1958's classic example)
        Assert.Equal([6.0, 7, 10, 13, 16, 22, 23], curve.Times.ToArray());
        Assert.Equal([21L, 17, 15, 12, 11, 7, 6], curve.AtRisk.ToArray());
        double[] s = [0.8571428571428571, 0.8067226890756302, 0.7529411764705881, 0.6901960784313724, 0.6274509803921567, 0.5378151260504200, 0.4481792717086834];
        double[] se = [0.0763603548321213, 0.0869352851800572, 0.0963496529943205, 0.1068147077750098, 0.1140538652567525, 0.1282337516930340, 0.1345914567557604];
        double[] lo = [0.61971795526598394, 0.56314656462223334, 0.50319951079995651, 0.43161022248618408, 0.36751085598750205, 0.26777893676713499, 0.18805200595923241];
        double[] up = [0.951551747646997, 0.922809019202880, 0.889361835169265, 0.849065963349451, 0.804912189471841, 0.746790717635394, 0.680142628495241];
        for (int i = 0; i < s.Length; i++)
        {
            Assert.Equal(s[i], curve.Survival[i], 1e-15);
            Assert.Equal(se[i], curve.StandardError[i], 1e-15);
            Assert.Equal(lo[i], curve.Lower[i], 1e-14);
            Assert.Equal(up[i], curve.Upper[i], 1e-14);
        }

        Assert.Equal(0.6901960784313724, curve.SurvivalAt(15.9), 1e-15);
        Assert.Equal(1.0, curve.SurvivalAt(5.99));
    }

    [Fact]
    public void Freireich_Median_Survival_And_Brookmeyer_Crowley_Limits_Match_R()
    {
        // When the medians are computed (R: quantile(survfit(..., conf.type = "log-log"), 0.5))
        var mp6 = KaplanMeier.Estimate(Table(s_mp6)).Median();
        var placebo = KaplanMeier.Estimate(Table(s_placebo)).Median();

        // Then 6-MP: 23 weeks (13, NA); placebo: 8 weeks (4, 11)
        Assert.Equal(23, mp6.Median);
        Assert.Equal(13, mp6.Lower);
        Assert.True(double.IsNaN(mp6.Upper));
        Assert.Equal(8, placebo.Median);
        Assert.Equal(4, placebo.Lower);
        Assert.Equal(11, placebo.Upper);
    }

    [Fact]
    public void Median_Of_A_Curve_That_Is_Exactly_One_Half_On_A_Step_Is_The_Midpoint()
    {
        // Given deaths at 1, 2, 3, 4 (S = 0.75, 0.5, 0.25, 0): S is exactly ½ on [2, 3)
        var curve = KaplanMeier.Estimate(SurvivalTable.FromSubjects([1, 2, 3, 4], [true, true, true, true]));

        // Then the median is 2.5 (R's survfit convention)
        Assert.Equal(2.5, curve.Median().Median);
    }

    [Fact]
    public void Freireich_Cox_Hazard_Ratio_Matches_R_coxph_Efron()
    {
        // Given placebo = 1, 6-MP = 0
        double[] all = [.. s_mp6, .. s_placebo];
        double[] times = all.Select(Math.Abs).ToArray();
        bool[] events = all.Select(t => t > 0).ToArray();
        double[] x = Enumerable.Range(0, all.Length).Select(i => i < s_mp6.Length ? 0.0 : 1.0).ToArray();

        // When fitted
        var fit = CoxProportionalHazards.Fit(times, events, x, 1);

        // Then β = 1.5721 (HR 4.817, 95% CI 2.147–10.81), se 0.4124; the textbook value (Kleinbaum & Klein, 3rd ed., ch. 3) is HR 4.82
        Assert.Equal(1.57212514882907, fit.Coefficients[0], 1e-8);
        Assert.Equal(0.412396717709455, fit.StandardErrors[0], 1e-8);
        Assert.Equal(4.81687389828, fit.HazardRatio(0), 1e-7);
        Assert.Equal(2.14650821272546, fit.HazardRatioLower(0), 1e-7);
        Assert.Equal(10.80931068158597, fit.HazardRatioUpper(0), 1e-6);
        Assert.Equal(-93.1842699968477, fit.NullLogLikelihood, 1e-10);
        Assert.Equal(-85.0084245773717, fit.LogLikelihood, 1e-9);
        Assert.Equal(0.00013775376, fit.WaldPValue(0), 1e-10);

        // And the fit from the two arms' survival tables alone is the same to round-off
        var fromTables = CoxProportionalHazards.FitTwoGroups(Table(s_mp6), Table(s_placebo));
        Assert.Equal(fit.Coefficients[0], fromTables.Coefficients[0], 1e-12);
        Assert.Equal(fit.StandardErrors[0], fromTables.StandardErrors[0], 1e-12);
        Assert.Equal(fit.LogLikelihood, fromTables.LogLikelihood, 1e-10);
    }

    [Fact]
    public void Lung_Cox_With_Age_And_Sex_Matches_R_coxph()
    {
        // Given the 228 NCCTG lung patients with age and sex (R: coxph(Surv(time, status) ~ age + sex, data = lung), Efron ties)
        int n = LungData.Time.Length;
        var x = new double[n * 2];
        for (int i = 0; i < n; i++)
        {
            x[2 * i] = LungData.Age[i];
            x[(2 * i) + 1] = LungData.Sex[i];
        }

        // When fitted
        var fit = CoxProportionalHazards.Fit(LungData.Time, LungData.Status.Select(s => s == 2).ToArray(), x, 2);

        // Then coefficients, SEs, likelihoods and Wald limits match R (R stops at a 1e-9 relative log-likelihood change, hence 1e-7)
        Assert.Equal(0.017045331845411297, fit.Coefficients[0], 1e-7);
        Assert.Equal(-0.513218517108384398, fit.Coefficients[1], 1e-7);
        Assert.Equal(0.009223273476969121, fit.StandardErrors[0], 1e-8);
        Assert.Equal(0.167457962355768153, fit.StandardErrors[1], 1e-7);
        Assert.Equal(-749.90980139039470, fit.NullLogLikelihood, 1e-9);
        Assert.Equal(-742.84824578377038, fit.LogLikelihood, 1e-9);
        Assert.Equal(0.43109357880422328, fit.HazardRatioLower(1), 1e-6);
        Assert.Equal(0.83109851437395954, fit.HazardRatioUpper(1), 1e-6);
    }

    [Fact]
    public void Lung_Log_Rank_Across_Four_Ecog_Groups_Matches_R_survdiff()
    {
        // Given the patients grouped by ph.ecog 0–3 (one missing is left out); R: survdiff(Surv(time, status) ~ ph.ecog, data = lung)
        var groups = Enumerable.Range(0, 4).Select(g =>
        {
            var idx = Enumerable.Range(0, LungData.Time.Length).Where(i => LungData.Ecog[i] == g).ToArray();
            return SurvivalTable.FromSubjects(idx.Select(i => LungData.Time[i]).ToArray(), idx.Select(i => LungData.Status[i] == 2).ToArray());
        }).ToArray();

        // When compared
        var result = LogRankTest.Compare(groups);

        // Then χ² = 21.962 on 3 df with O = (37, 82, 44, 1) and E = (54.15, 83.53, 26.15, 0.172)
        Assert.Equal(21.962131682476006, result.ChiSquare, 1e-10);
        Assert.Equal(3, result.DegreesOfFreedom);
        Assert.Equal([37.0, 82, 44, 1], result.Observed.ToArray());
        double[] expected = [54.1526970189229289, 83.5275645750818825, 26.1473530653302113, 0.1723853406649615];
        for (int g = 0; g < 4; g++)
        {
            Assert.Equal(expected[g], result.Expected[g], 1e-10);
        }
    }

    [Fact]
    public void Survival_Tables_Built_In_Chunks_And_Merged_Equal_The_Whole()
    {
        // Given the lung times added in one builder, and in three builders merged in another order
        var whole = new SurvivalTableBuilder();
        var parts = new[] { new SurvivalTableBuilder(), new SurvivalTableBuilder(), new SurvivalTableBuilder() };
        for (int i = 0; i < LungData.Time.Length; i++)
        {
            whole.Add(LungData.Time[i], LungData.Status[i] == 2);
            parts[i % 3].Add(LungData.Time[i], LungData.Status[i] == 2);
        }

        parts[2].Merge(parts[0]);
        parts[2].Merge(parts[1]);
        var a = whole.ToTable();
        var b = parts[2].ToTable();

        // Then the tables are identical (and hold 186 distinct times for 228 patients)
        Assert.Equal(a.Times.ToArray(), b.Times.ToArray());
        Assert.Equal(a.Events.ToArray(), b.Events.ToArray());
        Assert.Equal(a.Censored.ToArray(), b.Censored.ToArray());
        Assert.Equal(228, b.Subjects);
        Assert.Equal(165, b.TotalEvents);
    }
}
