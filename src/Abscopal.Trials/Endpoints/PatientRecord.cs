using System.Collections.Immutable;
using Abscopal.Models.Patients;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Trials.Endpoints;

/// <summary>One virtual patient's row of a trial: arm, baseline characteristics and outcome (kept only when asked: a large trial keeps totals).</summary>
/// <param name="Arm">Arm name.</param>
/// <param name="Index">Patient index in the arm.</param>
/// <param name="Lesions">Number of target lesions.</param>
/// <param name="IrradiatedLesion">Id of the irradiated lesion(s), or empty.</param>
/// <param name="Biomarkers">Baseline biomarkers.</param>
/// <param name="DoublingTimeDays">Volume doubling time, in days.</param>
/// <param name="Outcome">The RECIST, PFS and lymphopenia read-out.</param>
/// <param name="Responder">Whether the animal met the preclinical responder rule, or null without one.</param>
public sealed record PatientRecord(string Arm, long Index, int Lesions, string IrradiatedLesion, Biomarkers Biomarkers, double DoublingTimeDays, PatientOutcome Outcome, bool? Responder)
{
    /// <summary>Mice: each tumour's volume at the assessment days (growth curves); empty for human patients.</summary>
    public ImmutableArray<TumourVolumes> Tumours { get; init; } = [];
}
