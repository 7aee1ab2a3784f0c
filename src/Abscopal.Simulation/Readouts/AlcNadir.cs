namespace Abscopal.Simulation.Readouts;

/// <summary>The lowest absolute lymphocyte count of a series.</summary>
/// <param name="Day">Time of the nadir (first one when tied), in days.</param>
/// <param name="CellsPerMicroliter">ALC at the nadir, in cells/µL.</param>
/// <param name="CtcaeGrade">CTCAE v5.0 grade of lymphocyte count decreased at the nadir (0–4).</param>
public readonly record struct AlcNadir(double Day, double CellsPerMicroliter, int CtcaeGrade);
