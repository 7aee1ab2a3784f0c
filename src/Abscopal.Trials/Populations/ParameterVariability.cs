using System.Collections.Immutable;
using Abscopal.Models.Patients;

namespace Abscopal.Trials.Populations;

/// <summary>
/// Between-patient variability of one abscopal-core parameter: log-normal with median = point value of
/// Models/Core/CoreParameterSets × <see cref="MedianScale"/> (1 unless a population calibration moved it).
/// </summary>
/// <param name="ParameterId">Parameter id in abscopal-core (e.g. "kp").</param>
/// <param name="CoefficientOfVariation">Coefficient of variation between patients (dimensionless, ≥ 0; 0 = every patient at the median, e.g. a calibrated median of a parameter that is not varied).</param>
/// <param name="Source">Paper and table, or "assumed: reason", or the calibration that set it.</param>
/// <param name="MedianScale">Population median relative to the point value (dimensionless, &gt; 0; 1 = the point value).</param>
public sealed record ParameterVariability(string ParameterId, double CoefficientOfVariation, string Source, double MedianScale = 1)
{
    /// <summary>Log-scale SD, √ln(1 + CV²).</summary>
    public double Sigma => Math.Sqrt(Math.Log(1 + (CoefficientOfVariation * CoefficientOfVariation)));

    /// <summary>The coefficient of variation of a log-normal with log-scale SD <paramref name="sigma"/>, √(exp(σ²) − 1).</summary>
    public static double CoefficientOfVariationFromSigma(double sigma) => Math.Sqrt(Math.Exp(sigma * sigma) - 1);

    /// <summary>
    /// The uncalibrated variability of abscopal-core for a species, each median at its point value (the doubling time is drawn
    /// separately, from <see cref="PopulationPriors"/>). Populations use <see cref="CalibratedPopulation.Variability"/> by default.
    /// </summary>
    public static ImmutableArray<ParameterVariability> AbscopalCore(HostSpecies species) => species == HostSpecies.Human
        ?
        [
            new("kp", 0.5, "assumed: priming capacity varies between patients beyond what TILs explain (ICI response is heterogeneous at equal TILs in KEYNOTE-086); CV not measured"),
            new("kE", 0.3, "assumed: per-effector killing varies (antigenicity, MHC loss); CV not measured"),
        ]
        :
        [
            new("KA", CoefficientOfVariationFromSigma(KosinskyOmegaSl), KosinskyVariabilitySource),
        ];

    /// <summary>Kosinsky 2018's between-animal variability ΩSL of the antigen level at half-maximal T-cell influx (log-normal SD), CT26 mice.</summary>
    public const double KosinskyOmegaSl = 0.696;

    private const string KosinskyVariabilitySource =
        "Kosinsky 2018 J Immunother Cancer 6:17, Table 1: ΩSL = 0.696 (RSE 10%), the only random effect of the CT26 NLME fit (T-cell influx kLN·W/(W + SL)); "
        + "SL is abscopal-core's KA (mice: the same 8.89), so KA is log-normal with σ = 0.696 (Ω read as the SD of η). The table's text says 'on kLN', but in Kosinsky's model "
        + "σ = 0.696 on kLN makes 22% of untreated CT26 tumours regress, on SL none (docs/trials.md); assumed to carry over to TSA/4T1/TUBO";
}
