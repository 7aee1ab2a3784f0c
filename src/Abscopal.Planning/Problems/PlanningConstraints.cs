using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Planning.Problems;

/// <summary>Limits every returned plan respects (file key <c>planning.constraints</c>).</summary>
public sealed record PlanningConstraints
{
    /// <summary>No lymphocyte limit and the default organ at risk for each site.</summary>
    public static PlanningConstraints Default { get; } = new();

    /// <summary>Smallest allowed mean ALC nadir over the samples, in cells/µL; null for no limit.</summary>
    public double? AlcNadirMinPerMicrolitre
    {
        get;
        init => field = value is null || (value >= 0 && double.IsFinite(value.Value))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"alc_nadir_min_per_uL must be finite and ≥ 0; got {value}."));
    }

    /// <summary>Organs at risk given explicitly, by lesion id; lesions not listed get the default organ of their site (<see cref="Abscopal.Planning.Constraints.SiteOrgans"/>).</summary>
    public ImmutableArray<OrganAtRisk> OrgansAtRisk { get; init; } = [];
}
