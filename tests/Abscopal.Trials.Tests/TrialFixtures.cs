using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;

namespace Abscopal.Trials.Tests;

/// <summary>Designs shared by the tests: the pembrolizumab ± SBRT trial, shortened for CI.</summary>
internal static class TrialFixtures
{
    public static DrugRegimen Pembrolizumab(int cycles = 8) => new("pembrolizumab", DrugDose.Flat(200), 0, 21, cycles);

    public static ArmTreatment PembroOnly { get; } = new([], [Pembrolizumab()]);

    public static ArmTreatment PembroSbrt { get; } = new([new RtCourseRule(LesionRule.LargestLesion, 6, 5)], [Pembrolizumab()]);

    public static TrialDesign Small(long patients, double untilDay = 84) => new(
        "pembrolizumab ± SBRT",
        new PopulationSpec(HostSpecies.Human, BreastCancerSubtype.TripleNegative, line: LineOfTherapy.Pretreated, minLesions: 2, maxLesions: 5),
        [new TrialArm("pembrolizumab", PembroOnly), new TrialArm("pembrolizumab + SBRT", PembroSbrt)],
        patients,
        new AssessmentSchedule(42, untilDay),
        seed: 1);
}
