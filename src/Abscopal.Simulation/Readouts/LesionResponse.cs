namespace Abscopal.Simulation.Readouts;

/// <summary>
/// One lesion's response: the RECIST 1.1 thresholds applied to its own diameter (a per-lesion convention of abscopal studies,
/// not part of RECIST 1.1, which judges the sum).
/// </summary>
/// <param name="Id">Lesion identifier.</param>
/// <param name="Irradiated">Whether the lesion is irradiated.</param>
/// <param name="BaselineMm">Recorded diameter at baseline, in mm.</param>
/// <param name="NadirMm">Smallest recorded diameter over the assessments, in mm.</param>
/// <param name="BestChangeFromBaseline">Largest relative shrinkage from baseline over the assessments (−1 = vanished), dimensionless.</param>
/// <param name="BestResponse">Best response from baseline until the lesion progressed.</param>
public sealed record LesionResponse(string Id, bool Irradiated, double BaselineMm, double NadirMm, double BestChangeFromBaseline, RecistResponse BestResponse);
