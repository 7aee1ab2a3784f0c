namespace Abscopal.Reporting;

/// <summary>When treatment was given, drawn as a strip under the time axis.</summary>
/// <param name="RtFractionDays">Days of the radiotherapy fractions.</param>
/// <param name="DrugDoseDays">Days of the drug administrations.</param>
/// <param name="RtLabel">The strip's label for the radiation, e.g. "RT 3 × 8 Gy".</param>
/// <param name="DrugLabel">The strip's label for the drug, e.g. "pembrolizumab".</param>
public sealed record TreatmentMarks(double[] RtFractionDays, double[] DrugDoseDays, string RtLabel = "RT", string DrugLabel = "ICI")
{
    /// <summary>No treatment to draw.</summary>
    public static TreatmentMarks None { get; } = new([], []);

    /// <summary>Whether there is anything to draw.</summary>
    public bool IsEmpty => RtFractionDays.Length == 0 && DrugDoseDays.Length == 0;
}
