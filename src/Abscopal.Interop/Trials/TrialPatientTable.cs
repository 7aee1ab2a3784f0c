using Abscopal.Interop.Tables;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials.Endpoints;

namespace Abscopal.Interop.Trials;

/// <summary>
/// The per-patient table of a virtual trial (patients.csv, patients.parquet): arm, baseline characteristics and outcome,
/// one row per patient; a value that does not apply (e.g. PD-L1 of a mouse, the abscopal response without an irradiated
/// lesion) is missing (null).
/// </summary>
public static class TrialPatientTable
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
    [
        "arm", "patient", "lesions", "irradiated", "pdl1_cps", "tils_percent", "rsi", "alc0_per_uL", "doubling_time_days",
        "best_response", "abscopal_response", "best_change_percent", "pfs_days", "progressed", "alc_nadir_per_uL",
        "lymphopenia_grade", "responder",
    ];

    /// <summary>The table of <paramref name="patients"/>, in their order.</summary>
    public static ResultTable From(IReadOnlyList<PatientRecord> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        T[] Map<T>(Func<PatientRecord, T> f) => [.. patients.Select(f)];
        return new ResultTable(
        [
            TableColumn.Text("arm", Map(p => (string?)p.Arm)),
            TableColumn.Integer64("patient", Map(p => p.Index)),
            TableColumn.Integer32("lesions", Map(p => p.Lesions)),
            TableColumn.Text("irradiated", Map(p => (string?)p.IrradiatedLesion)),
            TableColumn.Real("pdl1_cps", Map(p => p.Biomarkers.PdL1Cps)),
            TableColumn.Real("tils_percent", Map(p => p.Biomarkers.TilsPercent)),
            TableColumn.Real("rsi", Map(p => p.Biomarkers.Rsi)),
            TableColumn.Real("alc0_per_uL", Map(p => p.Biomarkers.AlcPerMicrolitre)),
            TableColumn.Real("doubling_time_days", Map(p => p.DoublingTimeDays)),
            TableColumn.Text("best_response", Map(p => (string?)Abbreviation(p.Outcome.BestOverallResponse))),
            TableColumn.Text("abscopal_response", Map(p => p.Outcome.AbscopalResponse is { } a ? Abbreviation(a) : null), nullable: true),
            TableColumn.Real("best_change_percent", Map(p => p.Outcome.BestChangePercent)),
            TableColumn.Real("pfs_days", Map(p => p.Outcome.PfsDays)),
            TableColumn.Boolean("progressed", Map(p => p.Outcome.Progressed)),
            TableColumn.Real("alc_nadir_per_uL", Map(p => p.Outcome.AlcNadir?.CellsPerMicroliter)),
            TableColumn.Integer32("lymphopenia_grade", Map(p => p.Outcome.AlcNadir?.CtcaeGrade)),
            TableColumn.Boolean("responder", Map(p => p.Responder)),
        ]);
    }

    /// <summary>The RECIST abbreviation of <paramref name="response"/>: CR, PR, SD, PD or NE.</summary>
    public static string Abbreviation(RecistResponse response) => response switch
    {
        RecistResponse.CompleteResponse => "CR",
        RecistResponse.PartialResponse => "PR",
        RecistResponse.StableDisease => "SD",
        RecistResponse.ProgressiveDisease => "PD",
        _ => "NE",
    };
}
