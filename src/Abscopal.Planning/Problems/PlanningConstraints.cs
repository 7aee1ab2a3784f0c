using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Planning.Problems;

/// <summary>Limits every returned plan respects (file key <c>planning.constraints</c>).</summary>
public sealed record PlanningConstraints
{
    /// <summary>No lymphocyte limit and the default organ at risk for each site.</summary>
    public static PlanningConstraints Default { get; } = new();

    /// <summary>The ALC nadir limit, in cells/µL; null for no limit. A plan keeps it when the share of samples whose nadir is at or above it is at least <see cref="AlcNadirProbability"/>.</summary>
    public double? AlcNadirMinPerMicrolitre
    {
        get;
        init => field = value is null || (value >= 0 && double.IsFinite(value.Value))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"alc_nadir_min_per_uL must be finite and ≥ 0; got {value}."));
    }

    /// <summary>
    /// Smallest probability, over the patient's samples, that the ALC nadir stays at or above <see cref="AlcNadirMinPerMicrolitre"/>; in (0, 1].
    /// Default 0.9 (assumed: at most one sampled patient in ten may fall below the limit; 1 asks it of every sample).
    /// </summary>
    public double AlcNadirProbability
    {
        get;
        init => field = value > 0 && value <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"alc_nadir_probability must be in (0, 1]; got {value}."));
    } = DefaultAlcNadirProbability;

    /// <summary>The default of <see cref="AlcNadirProbability"/>.</summary>
    public const double DefaultAlcNadirProbability = 0.9;

    /// <summary>Organs at risk given explicitly, by lesion id; lesions not listed get the default organ of their site (<see cref="Abscopal.Planning.Constraints.SiteOrgans"/>).</summary>
    public ImmutableArray<OrganAtRisk> OrgansAtRisk { get; init; } = [];
}
