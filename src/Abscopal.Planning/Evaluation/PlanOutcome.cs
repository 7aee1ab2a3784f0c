namespace Abscopal.Planning.Evaluation;

/// <summary>The read-outs of one plan on one parameter sample.</summary>
/// <param name="Response">Whether the best overall RECIST 1.1 response of all target lesions is CR or PR.</param>
/// <param name="AbscopalResponse">Whether the non-irradiated lesions respond (CR or PR); false when none is left out of the field or none is irradiated.</param>
/// <param name="ProgressionFreeDays">Days from baseline to RECIST progression, or the horizon when there is none.</param>
/// <param name="AlcNadirPerMicrolitre">Lowest absolute lymphocyte count, in cells/µL (NaN when the model has none).</param>
/// <param name="BestChange">Smallest relative change of the sum of diameters from baseline (−0.3 = −30%); breaks ties between plans.</param>
public readonly record struct PlanOutcome(bool Response, bool AbscopalResponse, double ProgressionFreeDays, double AlcNadirPerMicrolitre, double BestChange);
