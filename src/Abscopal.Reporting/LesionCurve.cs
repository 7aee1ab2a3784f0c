namespace Abscopal.Reporting;

/// <summary>One lesion's size over time, for <see cref="Figures.LesionTrajectories"/>.</summary>
/// <param name="Id">The lesion's name, e.g. "breast" or "liver1".</param>
/// <param name="Irradiated">Whether the lesion is in the radiation field (drawn solid and thick; others dashed).</param>
/// <param name="TimesDays">Times, in days from the start of treatment, increasing.</param>
/// <param name="Values">The size at each time: volume in mm³ or longest diameter in mm (see <see cref="LesionMeasure"/>).</param>
public sealed record LesionCurve(string Id, bool Irradiated, double[] TimesDays, double[] Values);
