using Abscopal.Interop.Trials;
using Abscopal.Models.Patients;
using Abscopal.Trials.Designs;

namespace Abscopal.Interop.Tests.Trials;

/// <summary>Mouse-experiment keys of trial files: inoculation, lesion:&lt;name&gt; targets, responder and power; bad keys point at file:line:column.</summary>
public sealed class MouseTrialReaderTests
{
    private const string Experiment = """
        trial:
          name: TSA
          population:
            species: mouse
            tumor_model: TSA
            inoculation:
              days_before_start: 12
              tumours:
                - { name: primary, volume_mm3: 60, sd_log: 0.3 }
                - { name: secondary, volume_mm3: 25 }
          arms:
            - name: control
            - name: RT + anti-CTLA-4
              treatment:
                radiotherapy: [ { target: "lesion:primary", dose_per_fraction_gy: 8, fractions: 3 } ]
                drugs: [ { drug: anti-CTLA-4, dose_mg_per_kg: 10, days: [2, 5, 8] } ]
          patients_per_arm: 7
          assessment: { every_days: 2, until_day: 40 }
          responder: { max_volume_mm3: 10, day: 40 }
          power: { target: 0.9, replicates: 50, max_group_size: 12 }
        """;

    [Fact]
    public void The_Experiment_Binds()
    {
        var read = TrialReader.Parse(Experiment, "tsa.yaml");
        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var design = read.Design!;
        var inoculation = design.Population.Inoculation!;
        Assert.Equal(12, inoculation.DaysBeforeStart);
        Assert.Equal([("primary", 60.0, 0.3), ("secondary", 25.0, 0.0)], inoculation.Tumours.Select(t => (t.Name, t.VolumeMm3, t.SdLog)));
        Assert.Equal((2, 2), (design.Population.MinLesions, design.Population.MaxLesions));
        Assert.Equal("primary", design.Arms[1].Treatment.Radiotherapy.Single().Target.LesionId);
        Assert.Equal(new ResponderRule(10, 40), design.Responder);
        var power = design.Power!;
        Assert.Equal((0.9, 0.05, 50, 3, 12), (power.TargetPower, power.Alpha, power.Replicates, power.MinGroupSize, power.MaxGroupSize));
        Assert.Equal(HostSpecies.Mouse, design.Population.Species);
    }

    [Theory]
    [InlineData("tumor_model: TSA", "tumor_model: TSA\n    lesions: { min: 1, max: 2 }", ":8:", "inoculation cannot be combined with lesions")]
    [InlineData("- { name: secondary, volume_mm3: 25 }", "- { name: primary, volume_mm3: 25 }", ":10:", "already used")]
    [InlineData("- { name: secondary, volume_mm3: 25 }", "- { name: secondary, volume_mm3: 25 }\n        - { name: third, volume_mm3: 25 }", ":9:", "one per flank")]
    [InlineData("volume_mm3: 25 }", "volume_mm3: 0 }", ":10:", "volume_mm3")]
    [InlineData("\"lesion:primary\"", "\"lesion:tertiary\"", ":15:", "lesion:primary, lesion:secondary")]
    [InlineData("  responder: { max_volume_mm3: 10, day: 40 }\n", "", ":19:", "responder rule")]
    [InlineData("target: 0.9,", "target: 1,", ":20:", "target")]
    [InlineData("max_group_size: 12", "max_group_size: 2", ":20:", "max_group_size")]
    [InlineData("replicates: 50", "replicats: 50", ":20:", "replicates")]
    public void Bad_Keys_Point_At_Line_And_Column(string replace, string with, string at, string expected)
    {
        var read = TrialReader.Parse(Experiment.Replace(replace, with, StringComparison.Ordinal), "bad.yaml");
        Assert.False(read.IsValid);
        var errors = read.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("bad.yaml" + at, StringComparison.Ordinal) && e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Inoculation_Is_Refused_For_Humans()
    {
        var text = Experiment.Replace("species: mouse\n    tumor_model: TSA", "species: human", StringComparison.Ordinal);
        var read = TrialReader.Parse(text, "human.yaml");
        Assert.Contains(read.Errors, e => e.ToString().Contains("inoculation", StringComparison.Ordinal));
    }
}
