using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Sensitivity;
using Abscopal.Interop.Tests.Scenarios;
using Json.Schema;

namespace Abscopal.Interop.Tests.Sensitivity;

/// <summary>Sensitivity study files: factors with absolute, log and relative ranges; every error with its place, what is allowed and a suggestion.</summary>
public sealed class SensitivityStudyReaderTests
{
    private const string Valid = """
        model: kosinsky2018
        initial: { TV: 15 }
        treatment:
          radiotherapy:
            - { target: tumor, dose_per_fraction_gy: 2, fractions: 5, start_day: 7 }
          drugs:
            - { drug: murine-anti-pd-l1, dose_mg_per_kg: 10, days: [7, 9, 11] }
        simulation: { days: 30 }
        sensitivity:
          outcome: final_tumour_burden_mm3
          factors:
            - { parameter: r, min: 0.3, max: 0.5 }
            - { parameter: kLN, min: 70, max: 1116, scale: log }
            - { parameter: SL, relative_percent: 50 }
            - { initial: TV, min: 10, max: 20 }
            - { treatment: "radiotherapy[0].dose_per_fraction_gy", relative_percent: 50 }
            - { treatment: "drugs[0].start_day", min: 0, max: 14 }
        """;

    // The model's values as the caller (the CLI, from the compiled model) gives them; here Kosinsky 2018 Table 1's r, kLN and SL.
    private static readonly SensitivityStudyReaderOptions s_options = new()
    {
        ModelValues = _ => new(
            new Dictionary<string, double> { ["r"] = 0.4, ["kLN"] = 279, ["SL"] = 8.89, ["SR"] = 1 },
            new Dictionary<string, double> { ["TV"] = 15, ["TVd"] = 0 }),
        CheckOutcome = name => name == "final_tumour_burden_mm3" ? null : $"unknown outcome '{name}'; allowed: final_tumour_burden_mm3",
    };

    private static IReadOnlyList<ScenarioError> Errors(string yaml) => SensitivityStudyReader.Parse(yaml, "study.yaml", s_options).Errors;

    [Fact]
    public void A_Valid_Study_Gives_Absolute_Ranges_In_File_Order()
    {
        // Given the valid study, When read
        var result = SensitivityStudyReader.Parse(Valid, "study.yaml", s_options);

        // Then the scenario is read as a scenario file would be, and each factor has its kind, id or index and absolute range
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var study = result.Study!;
        Assert.Equal("kosinsky2018", study.Scenario.Model);
        Assert.Equal("final_tumour_burden_mm3", study.Outcome);
        Assert.Null(study.Method);
        Assert.Equal(new StudyFactor("r", StudyFactorKind.Parameter, "r", -1, 0.3, 0.5, false, null), study.Factors[0]);
        Assert.Equal(new StudyFactor("kLN", StudyFactorKind.Parameter, "kLN", -1, 70, 1116, true, null), study.Factors[1]);

        // And ±50% of SL = 8.89 is [4.445, 13.335]; ±50% of the 2 Gy fraction is [1, 3] Gy
        Assert.Equal(4.445, study.Factors[2].Min, 1e-12);
        Assert.Equal(13.335, study.Factors[2].Max, 1e-12);
        Assert.Equal(50, study.Factors[2].RelativePercent);
        Assert.Equal(new StudyFactor("initial.TV", StudyFactorKind.InitialValue, "TV", -1, 10, 20, false, null), study.Factors[3]);
        Assert.Equal(new StudyFactor("radiotherapy[0].dose_per_fraction_gy", StudyFactorKind.RadiotherapyDosePerFraction, null, 0, 1, 3, false, 50), study.Factors[4]);
        Assert.Equal(new StudyFactor("drugs[0].start_day", StudyFactorKind.DrugStartDay, null, 0, 0, 14, false, null), study.Factors[5]);
    }

    [Fact]
    public void An_Unknown_Parameter_Names_Its_Place_And_The_Nearest_Parameter()
    {
        // Given kLM for kLN, When read
        var error = Assert.Single(Errors(Valid.Replace("parameter: kLN", "parameter: kLM", StringComparison.Ordinal)));

        // Then the error points at the id (line 13, column 20) and suggests kLN
        Assert.Equal("study.yaml:13:20: sensitivity.factors[1].parameter: 'kLM' is not a parameter of model 'kosinsky2018'; did you mean 'kLN'?; allowed: SL, SR, kLN, r", error.ToString());
    }

    [Fact]
    public void Every_Bad_Factor_Is_Reported_With_What_Is_Allowed()
    {
        // Given a state that does not exist, a course index beyond the plan, an empty range, a relative range mixed with min,
        // a log scale from 0, a factor without a range and an unknown outcome
        string yaml = Valid
            .Replace("initial: TV, min", "initial: TW, min", StringComparison.Ordinal)
            .Replace("radiotherapy[0].dose", "radiotherapy[1].dose", StringComparison.Ordinal)
            .Replace("min: 0.3, max: 0.5", "min: 0.5, max: 0.3", StringComparison.Ordinal)
            .Replace("parameter: SL, relative_percent: 50", "parameter: SL, relative_percent: 50, min: 1", StringComparison.Ordinal)
            .Replace("min: 70, max: 1116", "min: 0, max: 1116", StringComparison.Ordinal)
            .Replace("drugs[0].start_day\", min: 0, max: 14", "drugs[0].start_day\", min: 0", StringComparison.Ordinal)
            .Replace("outcome: final_tumour_burden_mm3", "outcome: final_burden", StringComparison.Ordinal);

        // When read
        var errors = Errors(yaml);

        // Then each is reported, in file order, at its factor
        Assert.Equal(
            [
                "sensitivity.outcome",
                "sensitivity.factors[0].max",
                "sensitivity.factors[1].scale",
                "sensitivity.factors[2].relative_percent",
                "sensitivity.factors[3].initial",
                "sensitivity.factors[4].treatment",
                "sensitivity.factors[5]",
            ],
            errors.Select(e => e.Path));
        Assert.Contains("allowed: min < max", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("scale log needs min > 0", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'TV'?", errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("has 1 item(s); allowed: indices 0 to 0", errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("missing max", errors[6].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Study_Without_A_Sensitivity_Block_Or_Factors_Is_Refused()
    {
        // Given the scenario part alone, and a block with an empty factor list
        string scenarioOnly = Valid[..Valid.IndexOf("sensitivity:", StringComparison.Ordinal)];
        string noFactors = scenarioOnly + "sensitivity: { factors: [] }\n";

        // Then both are refused, saying what is missing
        Assert.Contains("missing required key 'sensitivity'", Assert.Single(Errors(scenarioOnly)).Message, StringComparison.Ordinal);
        Assert.Contains("allowed: a list of at least 1 item(s)", Assert.Single(Errors(noFactors)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Published_Schema_Is_The_Generated_One_And_Accepts_The_Example_Study()
    {
        // Then docs/sensitivity.schema.json is the schema generated from the reader's key tables (accept with ABSCOPAL_ACCEPT_GOLDEN=1)
        Golden.Match(Path.Combine(Golden.Root, "docs", "sensitivity.schema.json"), SensitivityStudySchema.Json);

        // And the example study passes both the reader and an independent JSON Schema validator (JsonSchema.Net)
        string path = Path.Combine(Golden.Root, "examples", "sensitivity", "kosinsky-ct26-concurrent.yaml");
        var result = SensitivityStudyReader.ParseFile(path, s_options);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        using var json = YamlToJson.Convert(File.ReadAllText(path));
        Assert.True(JsonSchema.FromText(SensitivityStudySchema.Json).Evaluate(json.RootElement).IsValid);
    }
}
