using Abscopal.Interop.Trials;
using Abscopal.Models.Patients;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;

namespace Abscopal.Interop.Tests.Trials;

/// <summary>Trial files: the issue's example binds to a design; errors carry line, column, field and the allowed values.</summary>
public class TrialReaderTests
{
    // The trial file of issue 7, verbatim.
    private const string Issue = """
        trial:
          name: pembrolizumab ± SBRT in pre-treated metastatic TNBC
          population: { species: human, subtype: TNBC, line: pretreated, pdl1: any, lesions: { min: 2, max: 5 } }
          arms:
            - name: pembrolizumab
              treatment: { drugs: [ { drug: pembrolizumab, dose_mg: 200, every_days: 21, start_day: 0, cycles: 8 } ] }
            - name: pembrolizumab + SBRT
              treatment:
                radiotherapy: [ { target: largest, dose_per_fraction_gy: 6, fractions: 5, start_day: 0, interval_days: 1 } ]
                drugs: [ { drug: pembrolizumab, dose_mg: 200, every_days: 21, start_day: 0, cycles: 8 } ]
          patients_per_arm: 200
          assessment: { every_days: 42, until_day: 252 }
          seed: 1
        """;

    [Fact]
    public void The_Issue_Example_Binds_To_Its_Design()
    {
        var read = TrialReader.Parse(Issue, "issue.yaml");
        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var design = read.Design!;
        Assert.Equal(HostSpecies.Human, design.Population.Species);
        Assert.Equal(LineOfTherapy.Pretreated, design.Population.Line);
        Assert.Equal((2, 5), (design.Population.MinLesions, design.Population.MaxLesions));
        Assert.Equal(["pembrolizumab", "pembrolizumab + SBRT"], design.Arms.Select(a => a.Name));
        Assert.Same(LesionRule.LargestLesion, design.Arms[1].Treatment.Radiotherapy.Single().Target);
        Assert.Equal(8, design.Arms[0].Treatment.Drugs.Single().Cycles);
        Assert.Equal(200, design.PatientsPerArm);
        Assert.Equal([0.0, 42, 84, 126, 168, 210, 252], design.Assessment.Days());
        Assert.True(design.Recist.RequireConfirmation);
    }

    [Fact]
    public void Errors_Name_Line_Column_Field_And_Allowed_Values()
    {
        var text = Issue.Replace("drug: pembrolizumab, dose_mg: 200, every_days: 21, start_day: 0, cycles: 8 } ] }", "drug: pembro, dose_mg: 200, every_days: 21, start_day: 0, cycles: 8 } ] }", StringComparison.Ordinal)
            .Replace("patients_per_arm: 200", "patients_per_arm: 0", StringComparison.Ordinal)
            .Replace("max: 5", "max: 1", StringComparison.Ordinal);
        var read = TrialReader.Parse(text, "bad.yaml");
        Assert.False(read.IsValid);
        var errors = read.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("bad.yaml:6:", StringComparison.Ordinal) && e.Contains("trial.arms[0].treatment.drugs[0].drug", StringComparison.Ordinal) && e.Contains("pembrolizumab", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("bad.yaml:11:", StringComparison.Ordinal) && e.Contains("patients_per_arm", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("bad.yaml:3:", StringComparison.Ordinal) && e.Contains("impossible population", StringComparison.Ordinal) && e.Contains("lesions.min (2)", StringComparison.Ordinal));
    }
}
