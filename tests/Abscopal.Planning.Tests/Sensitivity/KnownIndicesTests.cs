using Abscopal.Numerics.Sensitivity;
using Abscopal.Planning.Sensitivity;

namespace Abscopal.Planning.Tests.Sensitivity;

/// <summary>
/// The whole pipeline (factors → requests → simulations → named outcome → indices) on text models whose outcome is a closed-form
/// function of the factors, against the analytic indices.
/// </summary>
public sealed class KnownIndicesTests
{
    [Fact]
    public void Sobol_Indices_Of_An_Ishigami_Model_Match_The_Analytic_Values_And_The_Direct_Estimator()
    {
        // Given a text model whose final tumour volume is 20 + Ishigami(x1, x2, x3), each x_i uniform on [−π, π].
        // Analytic indices (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.9; a = 7, b = 0.1):
        // V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸(1/18 − 1/50), V = V1 + V2 + V13;
        // S = (V1, V2, 0)/V = (0.3139, 0.4424, 0), S_T = (V1 + V13, V2, V13)/V = (0.5576, 0.4424, 0.2437).
        double pi4 = Math.Pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.Pow(1 + (0.1 * pi4 / 5), 2), v2 = 49.0 / 8, v13 = 0.01 * pi8 * ((1.0 / 18) - (1.0 / 50));
        double v = v1 + v2 + v13;
        double[] first = [v1 / v, v2 / v, 0];
        double[] total = [(v1 + v13) / v, v2 / v, v13 / v];
        var study = TestModels.Study(
            TestModels.Ishigami,
            SensitivityFactor.Parameter("x1", -Math.PI, Math.PI),
            SensitivityFactor.Parameter("x2", -Math.PI, Math.PI),
            SensitivityFactor.Parameter("x3", -Math.PI, Math.PI));

        // When the study runs with N = 2^12 base samples (20,480 simulations)
        const int n = 1 << 12;
        var result = SensitivityAnalysis.Run(study, new SensitivityOptions { Method = SensitivityMethod.Sobol, Samples = n, BootstrapResamples = 200, Seed = 5 });

        // Then it equals the Numerics estimator applied to the function itself (the simulation passes the value through unchanged)
        var direct = SobolSensitivity.Run(
            u => 20 + Ishigami(Math.PI * ((2 * u[0]) - 1), Math.PI * ((2 * u[1]) - 1), Math.PI * ((2 * u[2]) - 1)), 3, n, bootstrapResamples: 200, seed: 5);
        Assert.Equal(5 * n, result.Runs);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(direct.FirstOrder[i], result.Indices[i].FirstOrder!.Value, 1e-9);
            Assert.Equal(direct.Total[i], result.Indices[i].Total!.Value, 1e-9);
        }

        // And every index is within 0.03 of the analytic value (the Numerics tests give 0.02 at N = 2^13), inside its bootstrap interval
        for (int i = 0; i < 3; i++)
        {
            var row = result.Indices[i];
            Assert.Equal(first[i], row.FirstOrder!.Value, 0.03);
            Assert.Equal(total[i], row.Total!.Value, 0.03);
            Assert.InRange(row.Total.Value, row.TotalLow!.Value, row.TotalHigh!.Value);
        }

        // And the baseline run (x = 0) gives 20
        Assert.Equal(20, result.BaselineOutcome, 1e-12);
    }

    [Fact]
    public void Sobol_Indices_Of_An_Additive_Model_Are_The_Variance_Shares_Including_A_Log_Scale_Factor()
    {
        // Given TV = 40 + 2·p1 − 3·p2 + 5·ln(p3) + 0·p4 with p1 ~ U[0, 3], p2 ~ U[1, 2], p3 log-uniform on [0.5, 8] (ln p3 ~ U[ln 0.5, ln 8]),
        // p4 ~ U[0, 1]. For an additive model of independent inputs V_i = c_i²·Var(x_i) and S_i = S_Ti = V_i/ΣV_j, with
        // Var(U[a, b]) = (b − a)²/12 (Saltelli et al. 2008, The Primer, §1.2.5).
        double[] vi = [4 * 9 / 12.0, 9 * 1 / 12.0, 25 * Math.Pow(Math.Log(16), 2) / 12, 0];
        double v = vi.Sum();
        var study = TestModels.Study(
            TestModels.Linear,
            SensitivityFactor.Parameter("p1", 0, 3),
            SensitivityFactor.Parameter("p2", 1, 2),
            SensitivityFactor.Parameter("p3", 0.5, 8, FactorScale.Logarithmic),
            SensitivityFactor.Parameter("p4", 0, 1));

        // When the study runs with N = 2^10
        var result = SensitivityAnalysis.Run(study, new SensitivityOptions { Method = SensitivityMethod.Sobol, Samples = 1 << 10, BootstrapResamples = 100 });

        // Then S_i and S_Ti are within 0.01 of V_i/V, and the pooled variance within 2% of V
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(vi[i] / v, result.Indices[i].FirstOrder!.Value, 0.01);
            Assert.Equal(vi[i] / v, result.Indices[i].Total!.Value, 0.01);
        }

        Assert.Equal(v, result.OutcomeVariance, 0.02 * v);
    }

    [Fact]
    public void Morris_Effects_Of_An_Additive_Model_Are_The_Coefficients_Times_The_Ranges()
    {
        // Given the additive model and ranges above: per full range of a factor the elementary effect is exactly
        // c·(b − a), and c·ln(b/a) for the log-scale factor p3, whatever the point (Morris 1991: linear ⇒ σ = 0)
        double[] expected = [2 * 3, -3 * 1, 5 * Math.Log(16), 0];
        var study = TestModels.Study(
            TestModels.Linear,
            SensitivityFactor.Parameter("p1", 0, 3),
            SensitivityFactor.Parameter("p2", 1, 2),
            SensitivityFactor.Parameter("p3", 0.5, 8, FactorScale.Logarithmic),
            SensitivityFactor.Parameter("p4", 0, 1));

        // When screened with 10 trajectories (50 runs)
        var result = SensitivityAnalysis.Run(study, new SensitivityOptions { Method = SensitivityMethod.Morris, Samples = 10, Seed = 3 });

        // Then μ = c·range, μ* = |μ| and σ = 0, to round-off
        Assert.Equal(50, result.Runs);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], result.Indices[i].Mu!.Value, 1e-9);
            Assert.Equal(Math.Abs(expected[i]), result.Indices[i].MuStar!.Value, 1e-9);
            Assert.Equal(0, result.Indices[i].Sigma!.Value, 1e-9);
        }
    }

    [Fact]
    public void Prcc_Through_The_Pipeline_Equals_Prcc_Of_The_Function_And_Has_The_Known_Signs()
    {
        // Given TV = 5 + q1³ − 2·q2 + 0·q3 with q1 ~ U[0, 2], q2 ~ U[0, 1], q3 ~ U[0, 1]
        var study = TestModels.Study(TestModels.Monotone, SensitivityFactor.Parameter("q1", 0, 2), SensitivityFactor.Parameter("q2", 0, 1), SensitivityFactor.Parameter("q3", 0, 1));
        var options = new SensitivityOptions { Method = SensitivityMethod.Prcc, Samples = 200, Seed = 11 };

        // When PRCC runs on 200 Latin hypercube points
        var result = SensitivityAnalysis.Run(study, options);

        // Then it equals the Numerics PRCC (checked against R in its own tests) of the function on the same design
        double[] unit = SensitivityAnalysis.Design(options, 3);
        double[] y = [.. Enumerable.Range(0, 200).Select(r => 5 + Math.Pow(2 * unit[r * 3], 3) - (2 * unit[(r * 3) + 1]))];
        var direct = PartialRankCorrelation.Compute(unit, y, 3);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(direct.Coefficients[i], result.Indices[i].Prcc!.Value, 1e-12);
            Assert.Equal(direct.PValues[i], result.Indices[i].PValue!.Value, 1e-9);
        }

        // And PRCC(q1) > 0 and PRCC(q2) < 0, both with p < 1e-6 (the output increases with q1 and decreases with q2), while q3 is not
        // significant at 1% and its Fisher-z 95% interval holds 0
        Assert.True(result.Indices[0].Prcc > 0 && result.Indices[0].PValue < 1e-6, $"{result.Indices[0]}");
        Assert.True(result.Indices[1].Prcc < 0 && result.Indices[1].PValue < 1e-6, $"{result.Indices[1]}");
        Assert.True(result.Indices[2].PValue > 0.01, $"p = {result.Indices[2].PValue}");
        Assert.InRange(0, result.Indices[2].PrccLow!.Value, result.Indices[2].PrccHigh!.Value);
    }

    [Fact]
    public void One_At_A_Time_Swings_Of_The_Additive_Model_Are_Its_Values_At_The_Range_Ends()
    {
        // Given TV = 40 + 2·p1 − 3·p2 + 5·ln(p3) with every p at the model's 1, and p1 in [0, 3], p3 log-scale in [0.5, 8]
        var study = TestModels.Study(TestModels.Linear, SensitivityFactor.Parameter("p1", 0, 3), SensitivityFactor.Parameter("p3", 0.5, 8, FactorScale.Logarithmic));

        // When the swings are run
        var swings = SensitivityAnalysis.Swings(study, threads: 2);

        // Then p1 gives 40 − 3 = 37 and 40 + 6 − 3 = 43 (others at 1), p3 gives 39 + 5·ln 0.5 and 39 + 5·ln 8 (the scenario gives 39)
        Assert.Equal(new FactorSwing("p1", 37, 43), swings[0] with { OutcomeAtLow = Math.Round(swings[0].OutcomeAtLow, 9), OutcomeAtHigh = Math.Round(swings[0].OutcomeAtHigh, 9) });
        Assert.Equal(39 + (5 * Math.Log(0.5)), swings[1].OutcomeAtLow, 1e-9);
        Assert.Equal(39 + (5 * Math.Log(8)), swings[1].OutcomeAtHigh, 1e-9);
    }

    private static double Ishigami(double x1, double x2, double x3) =>
        Math.Sin(x1) + (7 * Math.Sin(x2) * Math.Sin(x2)) + (0.1 * Math.Pow(x3, 4) * Math.Sin(x1));
}
