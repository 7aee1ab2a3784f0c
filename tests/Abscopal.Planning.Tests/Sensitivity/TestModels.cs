using System.Collections.Immutable;
using Abscopal.Modeling.Text;
using Abscopal.Planning.Sensitivity;
using Abscopal.Simulation;

namespace Abscopal.Planning.Tests.Sensitivity;

/// <summary>Text models whose tumour volume TV is a closed-form function of the parameters (TV' = 0, TV set by an initial assignment), so a study's indices are known.</summary>
internal static class TestModels
{
    /// <summary>TV = 20 + Ishigami(x1, x2, x3) with a = 7, b = 0.1 (Ishigami &amp; Homma 1990); 20 keeps the volume positive (min of the function is −10.7).</summary>
    public const string Ishigami = """
        model ishigami()
        TV' = 0
        TV = 20 + sin(x1) + 7*sin(x2)^2 + 0.1*x3^4*sin(x1)
        x1 = 0; x2 = 0; x3 = 0
        end
        """;

    /// <summary>TV = 40 + 2·p1 − 3·p2 + 5·ln(p3) + 0·p4: additive, so S_i = S_Ti = V_i/ΣV_j.</summary>
    public const string Linear = """
        model linear()
        TV' = 0
        TV = 40 + 2*p1 - 3*p2 + 5*ln(p3) + 0*p4
        p1 = 1; p2 = 1; p3 = 1; p4 = 1
        end
        """;

    /// <summary>TV = 5 + q1³ − 2·q2 + 0·q3: increasing in q1, decreasing in q2, free of q3.</summary>
    public const string Monotone = """
        model monotone()
        TV' = 0
        TV = 5 + q1^3 - 2*q2 + 0*q3
        q1 = 1; q2 = 1; q3 = 1
        end
        """;

    /// <summary>One day, output at days 0 and 1, for the constant-volume models.</summary>
    public static SimulationRequest Request(string text) =>
        SimulationRequest.For(TextModelParser.Parse(text)) with { Options = new SimulationOptions { Days = 1, OutputEveryDays = 1 } };

    public static SensitivityStudy Study(string text, params SensitivityFactor[] factors) =>
        new(Request(text), [.. factors], SensitivityOutcome.Parse("final_tumour_burden_mm3"));

    public static ImmutableArray<double> Column(SensitivityResult result, Func<FactorSensitivity, double?> pick) =>
        [.. result.Indices.Select(i => pick(i)!.Value)];
}
