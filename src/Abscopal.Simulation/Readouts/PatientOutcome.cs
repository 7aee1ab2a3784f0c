namespace Abscopal.Simulation.Readouts;

/// <summary>One patient's trial read-out at the assessment schedule: RECIST 1.1 responses, best change, progression-free survival and lymphopenia.</summary>
/// <param name="BestOverallResponse">Best overall response of all target lesions (RECIST 1.1 §4.4, with confirmation when asked).</param>
/// <param name="AbscopalResponse">Best overall response of the non-irradiated lesions only, or null when every lesion or none is irradiated (no abscopal question).</param>
/// <param name="BestChangePercent">Largest decrease (most negative change) of the sum of diameters from baseline over the assessments after baseline, in percent (−100 = all gone); 0 with no assessment after baseline.</param>
/// <param name="PfsDays">Days from baseline to the first assessment showing progression, or to the last assessment when none did (censored).</param>
/// <param name="Progressed">Whether progression was seen (true = event at <paramref name="PfsDays"/>, false = censored there).</param>
/// <param name="AlcNadir">Nadir of the absolute lymphocyte count over the simulated span with its CTCAE grade, or null when the model has no lymphocyte count.</param>
public sealed record PatientOutcome(RecistResponse BestOverallResponse, RecistResponse? AbscopalResponse, double BestChangePercent, double PfsDays, bool Progressed, AlcNadir? AlcNadir)
{
    /// <summary>Change of the sum of diameters from baseline at each assessment, in percent (empty when not recorded); for spider plots.</summary>
    public IReadOnlyList<double> ChangePercent { get; init; } = [];

    /// <summary>Days from baseline to the first assessment with a complete or partial response (unconfirmed), or null when none; for swimmer plots.</summary>
    public double? FirstResponseDays { get; init; }

    /// <summary>Whether the best overall response is a complete or partial response (counts towards the objective response rate).</summary>
    public bool IsObjectiveResponse => BestOverallResponse is RecistResponse.CompleteResponse or RecistResponse.PartialResponse;

    /// <summary>Whether the non-irradiated lesions responded (complete or partial response); false when there are none.</summary>
    public bool IsAbscopalResponse => AbscopalResponse is RecistResponse.CompleteResponse or RecistResponse.PartialResponse;

    /// <summary>Whether the best overall response is a response or stable disease (counts towards the disease control rate).</summary>
    public bool IsDiseaseControl => BestOverallResponse is RecistResponse.CompleteResponse or RecistResponse.PartialResponse or RecistResponse.StableDisease;
}
