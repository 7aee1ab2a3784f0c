using System.Collections.ObjectModel;

namespace Abscopal.Trials.Endpoints;

/// <summary>The result of a virtual trial: per-arm end points, comparisons with the first arm, optional per-patient rows, and speed.</summary>
/// <param name="Name">Trial name.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="AssessmentDays">Assessment days, in days.</param>
/// <param name="Arms">End points per arm, in the design's order.</param>
/// <param name="Comparisons">Each later arm against the first.</param>
/// <param name="Patients">Per-patient rows by arm then index, or empty when not kept.</param>
/// <param name="ElapsedSeconds">Wall-clock time of the simulations, in s.</param>
public sealed record TrialResult(string Name, ulong Seed, ReadOnlyCollection<double> AssessmentDays, ReadOnlyCollection<ArmResult> Arms, ReadOnlyCollection<TrialComparison> Comparisons, ReadOnlyCollection<PatientRecord> Patients, double ElapsedSeconds)
{
    /// <summary>Virtual patients simulated per second of wall-clock time (all arms).</summary>
    public double PatientsPerSecond => ElapsedSeconds > 0 ? Arms.Sum(a => a.Patients + a.Failures) / ElapsedSeconds : double.NaN;
}
