namespace Abscopal.Interop.Scenarios;

/// <summary>Baseline biomarkers; null where the file does not give one.</summary>
/// <param name="PdL1Cps">PD-L1 combined positive score, 0–100.</param>
/// <param name="TilsPercent">Stromal tumour-infiltrating lymphocytes, in %.</param>
/// <param name="Rsi">Radiosensitivity index, in (0, 1].</param>
/// <param name="AlcPerMicroliter">Absolute lymphocyte count, in cells/µL.</param>
public sealed record ScenarioBiomarkers(double? PdL1Cps, double? TilsPercent, double? Rsi, double? AlcPerMicroliter)
{
    /// <summary>No biomarkers given.</summary>
    public static ScenarioBiomarkers None { get; } = new(null, null, null, null);
}
