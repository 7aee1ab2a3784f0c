using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>
/// A published population two-compartment model: typical values at a reference body weight, power covariate exponents of
/// body weight on each parameter, and an optional time-varying clearance.
/// </summary>
/// <param name="Typical">Typical parameters at <paramref name="ReferenceWeightKg"/> (other covariates at the paper's reference).</param>
/// <param name="ReferenceWeightKg">Reference body weight of the publication, in kg.</param>
/// <param name="ClearanceWeightExponent">Exponent of (weight/reference) on CL (dimensionless).</param>
/// <param name="CentralVolumeWeightExponent">Exponent on Vc (dimensionless).</param>
/// <param name="IntercompartmentalWeightExponent">Exponent on Q (dimensionless; 0 when the paper has none).</param>
/// <param name="PeripheralVolumeWeightExponent">Exponent on Vp (dimensionless; 0 when the paper has none).</param>
/// <param name="TimeVarying">Time-varying clearance, or null for stationary clearance.</param>
/// <param name="Source">Paper and table the values come from.</param>
public sealed record PopulationPk(
    TwoCompartmentParameters Typical,
    double ReferenceWeightKg,
    double ClearanceWeightExponent,
    double CentralVolumeWeightExponent,
    double IntercompartmentalWeightExponent,
    double PeripheralVolumeWeightExponent,
    TimeVaryingClearance? TimeVarying,
    string Source)
{
    /// <summary>Reference body weight of the publication, in kg (&gt; 0).</summary>
    public double ReferenceWeightKg { get; init; } = Require.Positive(ReferenceWeightKg, nameof(ReferenceWeightKg));

    /// <summary>Typical parameters at the reference weight.</summary>
    public TwoCompartmentParameters Typical { get; init; } = Typical ?? throw new ArgumentNullException(nameof(Typical));

    /// <summary>The reference patient of this library, 70 kg.</summary>
    public const double ReferencePatientWeightKg = 70;

    /// <summary>Baseline (first-dose) parameters for a patient of <paramref name="weightKg"/> kg (other covariates at the paper's reference).</summary>
    /// <param name="weightKg">Body weight, in kg; &gt; 0.</param>
    public TwoCompartmentParameters ForWeight(double weightKg)
    {
        double ratio = Require.Positive(weightKg, nameof(weightKg)) / ReferenceWeightKg;
        return new TwoCompartmentParameters(
            Typical.ClearanceLitresPerDay * Math.Pow(ratio, ClearanceWeightExponent),
            Typical.CentralVolumeLitres * Math.Pow(ratio, CentralVolumeWeightExponent),
            Typical.IntercompartmentalClearanceLitresPerDay * Math.Pow(ratio, IntercompartmentalWeightExponent),
            Typical.PeripheralVolumeLitres * Math.Pow(ratio, PeripheralVolumeWeightExponent));
    }
}
