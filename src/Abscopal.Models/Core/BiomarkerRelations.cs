using Abscopal.Models.Patients;
using Abscopal.Radiobiology.Genomics;

namespace Abscopal.Models.Core;

/// <summary>How measured biomarkers set abscopal-core parameters (docs/models/abscopal-core-design.md, "Biomarkers").</summary>
public static class BiomarkerRelations
{
    /// <summary>Default radiosensitivity index when none is measured (dimensionless).</summary>
    /// <remarks>assumed: 0.42, near the middle of the RSI range of the GARD cohorts (Scott 2017 Lancet Oncol 18:202) [check]; no subtype-specific value read, so all subtypes share it.</remarks>
    public const double DefaultRsi = 0.42;

    /// <summary>LQ α of a tumour, in 1/Gy: from the RSI through GARD, α = −ln(RSI)/2 − 2β with β = 0.05 Gy⁻² (Scott 2017).</summary>
    public static double AlphaPerGy(double? rsi) => Gard.AlphaFromRsi(rsi ?? DefaultRsi);

    /// <summary>Default PD-L1 CPS of a subtype: TNBC 7.5 and HR+/HER2− 1.0 (real-world 22C3 medians, SCIENCE.md §3b); HER2+ 1.0 assumed (no figure read).</summary>
    public static double DefaultCps(BreastCancerSubtype subtype) => subtype == BreastCancerSubtype.TripleNegative ? 7.5 : 1.0;

    /// <summary>Baseline PD-L1 level (0..1) from the CPS: CPS/(CPS + 10), so that the KEYNOTE-355 cut-off CPS 10 is half-maximal (assumed saturating map).</summary>
    public static double BaselinePdL1(double cps) => cps / (cps + 10);

    /// <summary>Default stromal TILs, in percent: 5% (KEYNOTE-086 cohort A median, metastatic TNBC; SCIENCE.md §3b), used for every subtype.</summary>
    public const double DefaultTilsPercent = 5;

    /// <summary>Priming capacity relative to the median patient, TILs/5% (assumed proportional: TILs mark a primed anti-tumour response, and ICI response rises with TILs in KEYNOTE-086, SCIENCE.md §3b); floor 0.1.</summary>
    public static double PrimingScale(double tilsPercent) => Math.Max(0.1, tilsPercent / DefaultTilsPercent);

    /// <summary>Default baseline ALC, in cells/µL: human 1500 (≥ 1500 in 24–56% of metastatic cohorts, SCIENCE.md §3b; assumed typical), mouse 5000 (assumed for BALB/c blood).</summary>
    public static double DefaultAlc(HostSpecies species) => species == HostSpecies.Human ? 1500 : 5000;
}
