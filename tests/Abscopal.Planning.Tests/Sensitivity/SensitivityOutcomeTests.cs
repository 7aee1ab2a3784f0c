using Abscopal.Planning.Sensitivity;
using Abscopal.Simulation;

namespace Abscopal.Planning.Tests.Sensitivity;

/// <summary>Named outcomes against closed-form tumour growth.</summary>
public sealed class SensitivityOutcomeTests
{
    // Exponential growth TV(t) = 100·e^{0.1 t} mm³, output every 2 days for 20 days.
    private static PatientSimulation Growth() => Simulator.Run(TestModels.Request("""
        model growth()
        TV' = r*TV
        TV = 100; r = 0.1
        end
        """) with { Options = new SimulationOptions { Days = 20, OutputEveryDays = 2, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-10 } });

    [Fact]
    public void An_Unknown_Outcome_Lists_The_Allowed_Names()
    {
        // When an unknown name is parsed, Then the message names it and lists every allowed name
        var e = Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("final_burden"));
        Assert.Contains("'final_burden'", e.Message, StringComparison.Ordinal);
        foreach (string name in SensitivityOutcome.Names)
        {
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("volume_mm3:tumor"));
        Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("volume_mm3:tumor:-1"));
    }

    [Fact]
    public void Volume_Outcomes_Follow_Exponential_Growth()
    {
        // Given TV(t) = 100·e^{0.1 t}
        var s = Growth();

        // Then the final burden is 100·e² and the volume on output day 10 is 100·e; day 11 is linear between days 10 and 12
        Assert.Equal(100 * Math.Exp(2), SensitivityOutcome.Parse("final_tumour_burden_mm3").Evaluate(s), 1e-6);
        Assert.Equal(100 * Math.E, SensitivityOutcome.Parse("volume_mm3:tumor:10").Evaluate(s), 1e-6);
        Assert.Equal(50 * (Math.Exp(1) + Math.Exp(1.2)), SensitivityOutcome.Parse("volume_mm3:tumor:11").Evaluate(s), 1e-6);
        Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("volume_mm3:liver:10").Evaluate(s));
        Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("volume_mm3:tumor:21").Evaluate(s));
    }

    [Fact]
    public void Time_To_Progression_Is_The_First_Assessment_With_A_20_Percent_And_5_Mm_Larger_Sum()
    {
        // Given a sphere growing as V = 100·e^{0.1 t}: d(t) = d0·e^{t/30} with d0 = (600/π)^{1/3} = 5.76 mm. RECIST 1.1 progression
        // (Eisenhauer et al. 2009, §4.3.1) needs d ≥ 1.2·d0 (t ≥ 30 ln 1.2 = 5.5 days) and d − d0 ≥ 5 mm
        // (t ≥ 30 ln((d0 + 5)/d0) = 18.5 days); the first assessment (every 2 days) after both is day 20.
        var s = Growth();
        double d0 = Math.Cbrt(600 / Math.PI);
        double onset = 30 * Math.Log((d0 + 5) / d0);
        Assert.InRange(onset, 18, 20);

        // Then time to progression is 20 days, the best change is 0% (never shrinks), and there is no objective response
        Assert.Equal(20, SensitivityOutcome.Parse("time_to_progression_days").Evaluate(s));
        Assert.Equal(0, SensitivityOutcome.Parse("sum_diameter_change_percent").Evaluate(s));
        Assert.Equal(0, SensitivityOutcome.Parse("objective_response").Evaluate(s));

        // And outcomes the model cannot give say why
        var alc = Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("alc_nadir_per_uL").Evaluate(s));
        Assert.Contains("lymphocyte", alc.Message, StringComparison.Ordinal);
        var abscopal = Assert.Throws<ArgumentException>(() => SensitivityOutcome.Parse("abscopal_best_change_percent").Evaluate(s));
        Assert.Contains("irradiated", abscopal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_Values_Give_The_Model_Value_Or_The_Override()
    {
        // Given the additive model with p1 = 1 in the model and p2 overridden to 1.5
        var request = TestModels.Request(TestModels.Linear);
        var values = ScenarioValues.Of(request with { Parameters = request.Parameters.Add("p2", 1.5) });

        // Then p1 is the model's 1, p2 the override, TV the initial assignment 40 + 2 − 4.5 + 0, and unknown ids are refused
        Assert.Equal(1, values.Parameter("p1"));
        Assert.Equal(1.5, values.Parameter("p2"));
        Assert.Equal(37.5, values.State("TV"), 1e-12);
        Assert.Equal(["p1", "p2", "p3", "p4"], values.ParameterIds.ToArray());
        Assert.Throws<ArgumentException>(() => values.Parameter("p9"));
    }
}
