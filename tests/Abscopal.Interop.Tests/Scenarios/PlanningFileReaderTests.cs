using Abscopal.Interop.Scenarios;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>The planning file (docs/planning.md): named and explicit regimens in planning.drugs, the ALC chance constraint, and pointed errors.</summary>
public class PlanningFileReaderTests
{
    private const string Valid = """
        model: abscopal-core
        patient:
          species: human
          subtype: TNBC
          weight_kg: 65
          lesions:
            - { id: liver1, site: liver, diameter_mm: 30 }
            - { id: lung1, site: lung, diameter_mm: 18 }
        planning:
          drugs: [pembrolizumab]
          fractions: [3]
          dose_per_fraction_gy: { min: 6, max: 8 }
          drug_start_days_relative_to_rt: [0, 7]
          objective: abscopal_response_probability
          constraints: { alc_nadir_min_per_uL: 500 }
          horizon_days: 168
        """;

    private static string WithDrugs(string drugs) => Valid.Replace("  drugs: [pembrolizumab]", drugs, StringComparison.Ordinal);

    [Fact]
    public void Named_And_Explicit_Regimens_Are_Read_Side_By_Side()
    {
        // Given a library drug, a named regimen and two explicit regimens (flat 400 mg every 42 days × 4; 3 mg/kg once)
        var yaml = WithDrugs("""
              drugs:
                - pembrolizumab-400mg-q6w
                - { drug: pembrolizumab, dose_mg: 400, every_days: 42, cycles: 4 }
                - { drug: anti-CTLA-4, dose_mg_per_kg: 3, cycles: 1 }
                - atezolizumab
            """);

        // When read
        var result = PlanningFileReader.Parse(yaml, "p.yaml");

        // Then four regimens in file order: the named ones from the library, the explicit ones with their keys (class resolved for patients)
        Assert.True(result.File is not null, string.Join("\n", result.Errors));
        var r = result.File!.Planning.Regimens;
        Assert.Equal(["pembrolizumab-400mg-q6w", "pembrolizumab-400mg-q42d-x4", "ipilimumab-3mgkg-x1", "atezolizumab-840mg-q2w"], r.Select(x => x.Name));
        Assert.Same(RegimenLibrary.Find("pembrolizumab-400mg-q6w"), r[0]);
        Assert.Equal(("pembrolizumab", DrugDose.Flat(400), 42.0, (int?)4), (r[1].Drug, r[1].Dose, r[1].IntervalDays, r[1].Periods));
        Assert.Equal(("ipilimumab", DrugDose.PerKg(3), (int?)1), (r[2].Drug, r[2].Dose, r[2].Periods));

        // And an explicit regimen started on day 10 gives its 4 doses 42 days apart from day 10
        Assert.Equal([10.0, 52, 94, 136], r[1].Create(10, r[1].Periods).Days);
    }

    [Fact]
    public void The_Alc_Constraint_Probability_Defaults_To_0_9_And_Can_Be_Set()
    {
        // Given the valid file, and the same with alc_nadir_probability 0.95
        var plain = PlanningFileReader.Parse(Valid).File!;
        var set = PlanningFileReader.Parse(Valid.Replace("alc_nadir_min_per_uL: 500", "alc_nadir_min_per_uL: 500, alc_nadir_probability: 0.95", StringComparison.Ordinal)).File!;

        // Then the default is 0.9 and the given value is kept
        Assert.Equal(0.9, plain.Planning.AlcNadirProbability);
        Assert.Equal(0.95, set.Planning.AlcNadirProbability);
        Assert.Equal(500, set.Planning.AlcNadirMinPerMicroliter);
    }

    [Theory]
    [InlineData("  drugs: [{ drug: pembrolizumab, dose_mg: 400, every_days: 42, start_day: 3 }]", 10, "planning.drugs[0].start_day", "start_day does not apply in planning")]
    [InlineData("  drugs: [{ drug: pembrolizumab, dose_mg: 400, dose_mg_per_kg: 2, every_days: 42 }]", 10, "planning.drugs[0]", "takes only one of dose_mg, dose_mg_per_kg")]
    [InlineData("  drugs: [{ drug: pembrolizumab, dose_mg: 400 }]", 10, "planning.drugs[0]", "needs every_days")]
    [InlineData("  drugs: [{ drug: pembrolizumab, dose_mg: 400, cycles: 3 }]", 10, "planning.drugs[0].cycles", "needs every_days")]
    [InlineData("  drugs: [{ drug: murine-anti-pd-1, dose_mg: 0.2, every_days: 3 }]", 10, "planning.drugs[0].drug", "'murine-anti-pd-1' is a murine antibody, not for a patient; allowed: ")]
    [InlineData("  drugs: [{ drug: pembrolizumab, dose_mg: 400, every_day: 42 }]", 10, "planning.drugs[0].every_day", "did you mean 'every_days'?")]
    [InlineData("  drugs: [{ drug: pembrolizumab, dose_mg: 9000, every_days: 42 }]", 10, "planning.drugs[0].dose_mg", "allowed: number in (0, 5000] mg")]
    [InlineData("  drugs: [pembrolizumab-400mg-q6w, { drug: pembrolizumab, dose_mg: 400, every_days: 42, cycles: 2 }, { drug: pembrolizumab, dose_mg: 400, every_days: 42, cycles: 2 }]", 10, "planning.drugs[2]", "the same regimen as the item at line 10")]
    [InlineData("  drugs: [murine-anti-pd-1-10mgkg-3x-week]", 10, "planning.drugs[0]", "has no named regimen for patients; allowed: ")]
    [InlineData("  drugs: [7]", 10, "planning.drugs[0]", "expected a string")]
    public void A_Bad_Regimen_Is_Reported_At_Its_Place_With_What_Is_Allowed(string drugs, int line, string path, string message)
    {
        // Given a planning file with one bad item in planning.drugs
        var result = PlanningFileReader.Parse(WithDrugs(drugs), "p.yaml");

        // When read, then no file, and the error names file, line, path and the problem
        Assert.Null(result.File);
        var error = Assert.Single(result.Errors, e => e.Path == path);
        Assert.Equal(line, error.Line);
        Assert.Equal("p.yaml", error.FileName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Alc_Probability_Outside_0_1_Is_Refused()
    {
        // Given alc_nadir_probability 0 (a limit that nothing has to keep) on line 15
        var result = PlanningFileReader.Parse(Valid.Replace("alc_nadir_min_per_uL: 500", "alc_nadir_min_per_uL: 500, alc_nadir_probability: 0", StringComparison.Ordinal), "p.yaml");

        // Then one error at planning.constraints.alc_nadir_probability with the allowed range
        var error = Assert.Single(result.Errors);
        Assert.Equal((15, "planning.constraints.alc_nadir_probability"), (error.Line, error.Path));
        Assert.Contains("allowed: number in (0, 1]", error.Message, StringComparison.Ordinal);
    }
}
