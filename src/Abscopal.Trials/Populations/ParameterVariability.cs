using System.Collections.Immutable;
using Abscopal.Models.Patients;

namespace Abscopal.Trials.Populations;

/// <summary>Between-patient variability of one abscopal-core parameter: log-normal around the point value of Models/Core/CoreParameterSets (median = point value).</summary>
/// <param name="ParameterId">Parameter id in abscopal-core (e.g. "kp").</param>
/// <param name="CoefficientOfVariation">Coefficient of variation between patients (dimensionless, &gt; 0).</param>
/// <param name="Source">Paper and table, or "assumed: reason".</param>
public sealed record ParameterVariability(string ParameterId, double CoefficientOfVariation, string Source)
{
    /// <summary>Log-scale SD, √ln(1 + CV²).</summary>
    public double Sigma => Math.Sqrt(Math.Log(1 + (CoefficientOfVariation * CoefficientOfVariation)));

    /// <summary>The default variability of abscopal-core for a species (the doubling time is drawn separately, from <see cref="PopulationPriors"/>).</summary>
    public static ImmutableArray<ParameterVariability> AbscopalCore(HostSpecies species) => species == HostSpecies.Human
        ?
        [
            new("kp", 0.5, "assumed: priming capacity varies between patients beyond what TILs explain (ICI response is heterogeneous at equal TILs in KEYNOTE-086); CV not measured"),
            new("kE", 0.3, "assumed: per-effector killing varies (antigenicity, MHC loss); CV not measured"),
        ]
        :
        [
            new("kp", 0.3, "assumed: inbred mice vary less than patients; Kosinsky 2018 estimated inter-animal variability in an NLME fit (values not read)"),
        ];
}
