using System.Collections.Immutable;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Simulation.Tests.Readouts;

/// <summary>The per-patient trial read-out of a simulation (RECIST 1.1 via <see cref="Recist"/>, CTCAE via <see cref="Lymphopenia"/>).</summary>
public class PatientReadoutTests
{
    private static readonly double[] s_times = [0, 42, 84, 126, 168];

    // The worked course of RecistEvaluationTests (hand-computed there): sums 75, 53, 44, 38, 49 mm; PR from day 84, PD at day 168 (nadir 38).
    // ALC (cells/µL): 1500, 420, 650, 900, 1100 → nadir 420 at day 42, CTCAE grade 3 (< 500–200).
    private static PatientSimulation Course(bool liverIrradiated = true, double[]? times = null) => new(
        "hand",
        times ?? s_times,
        ImmutableDictionary<string, double[]>.Empty,
        [],
        [
            new LesionTrajectory("liver", AnatomicSite.Liver, liverIrradiated, new double[5], [40, 30, 25, 22, 28]),
            new LesionTrajectory("lung", AnatomicSite.Lung, false, new double[5], [20, 12, 10, 8, 12]),
            new LesionTrajectory("node", AnatomicSite.LymphNode, false, new double[5], [15, 11, 9, 8, 9]),
        ],
        [1500, 420, 650, 900, 1100],
        default(OdeStatistics));

    [Fact]
    public void The_Worked_Course_Reads_Out_As_Computed_By_Hand()
    {
        // When the course is read at its own assessment days with confirmation (RECIST 1.1 §4.6)
        var outcome = PatientReadout.Evaluate(Course(), s_times, new RecistOptions { RequireConfirmation = true });

        // Then: confirmed PR; best change (38 − 75)/75 = −49.33%; progression at day 168; ALC nadir 420/µL, grade 3
        Assert.Equal(RecistResponse.PartialResponse, outcome.BestOverallResponse);
        Assert.True(outcome.IsObjectiveResponse);
        Assert.True(outcome.IsDiseaseControl);
        Assert.Equal(-100.0 * 37 / 75, outcome.BestChangePercent, 12);
        Assert.Equal(168, outcome.PfsDays);
        Assert.True(outcome.Progressed);
        Assert.Equal(new AlcNadir(42, 420, 3), outcome.AlcNadir);

        // And the spider-plot changes are (53, 44, 38, 49)/75 − 1; the first (unconfirmed) PR is at day 84
        Assert.Equal([0, -100.0 * 22 / 75, -100.0 * 31 / 75, -100.0 * 37 / 75, -100.0 * 26 / 75], outcome.ChangePercent.Select(c => Math.Round(c, 10)).ToArray(), (x, y) => Math.Abs(x - y) < 1e-9);
        Assert.Equal(84, outcome.FirstResponseDays);

        // And the abscopal read-out uses lung + node only: sums 35, 23, 19, 16, 21 → −34.3% (PR) at day 42, confirmed at day 84;
        // +5 mm and +31% over the nadir 16 → PD at 168; best PR.
        Assert.Equal(RecistResponse.PartialResponse, outcome.AbscopalResponse);
    }

    [Fact]
    public void With_Every_Lesion_Irradiated_There_Is_No_Abscopal_Response_And_Censoring_At_The_Last_Assessment()
    {
        // Given the course read only to day 126 (before progression), every lesion irradiated
        var sim = new PatientSimulation("hand", s_times, ImmutableDictionary<string, double[]>.Empty, [],
            [new LesionTrajectory("liver", AnatomicSite.Liver, true, new double[5], [40, 30, 25, 22, 28])], null, default(OdeStatistics));
        var outcome = PatientReadout.Evaluate(sim, [0, 42, 84, 126]);

        // Then the abscopal response is absent, PFS is censored at day 126, and there is no ALC nadir
        Assert.Null(outcome.AbscopalResponse);
        Assert.False(outcome.IsAbscopalResponse);
        Assert.False(outcome.Progressed);
        Assert.Equal(126, outcome.PfsDays);
        Assert.Null(outcome.AlcNadir);
        Assert.Equal(-45, outcome.BestChangePercent, 12); // (22 − 40)/40
    }

    [Fact]
    public void An_Assessment_Between_Output_Times_Interpolates_The_Diameter_Linearly()
    {
        // Given output at days 0, 42, …; an assessment at day 21 sees liver (40+30)/2 = 35 mm, lung 16, node 13 → sum 64 (−14.7%: SD)
        var outcome = PatientReadout.Evaluate(Course(), [0, 21]);
        Assert.Equal(RecistResponse.StableDisease, outcome.BestOverallResponse);
        Assert.Equal(100.0 * (64 - 75) / 75, outcome.BestChangePercent, 12);

        // And a day outside the simulated span is refused
        Assert.Throws<ArgumentException>(() => PatientReadout.Evaluate(Course(), [0, 200]));
    }
}
