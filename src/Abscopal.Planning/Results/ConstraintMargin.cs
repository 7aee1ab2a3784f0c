namespace Abscopal.Planning.Results;

/// <summary>How far a plan is from one limit: margin = allowed side minus planned, in <see cref="Unit"/>; negative when broken.</summary>
/// <param name="Name">Key, e.g. "alc_nadir_per_uL" or "liver1:stomach_dmax_gy".</param>
/// <param name="Planned">The plan's value (the ALC nadir's (1 − p)-quantile over the samples in cells/µL, or the organ's Dmax in Gy).</param>
/// <param name="Limit">The limit, in the same unit.</param>
/// <param name="Margin">Distance to the limit on the safe side, in the same unit.</param>
/// <param name="Unit">"cells/µL" or "Gy".</param>
/// <param name="Source">Where the limit comes from.</param>
public sealed record ConstraintMargin(string Name, double Planned, double Limit, double Margin, string Unit, string Source)
{
    /// <summary>Whether the limit holds.</summary>
    public bool Ok => Margin >= 0;
}
