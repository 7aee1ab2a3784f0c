namespace Abscopal.Simulation.Readouts;

/// <summary>Choices RECIST 1.1 leaves to the protocol, and how a model's continuous diameters are recorded as measurements.</summary>
public sealed record RecistOptions
{
    /// <summary>RECIST 1.1 as written, without confirmation, stable disease counted from the first assessment, 1 mm detection limit.</summary>
    public static RecistOptions Default { get; } = new();

    /// <summary>
    /// Whether a response must be confirmed by an assessment at least <see cref="ConfirmationDays"/> later (RECIST 1.1 §4.6:
    /// required in non-randomised trials where response is the primary end point, not in randomised trials).
    /// </summary>
    public bool RequireConfirmation { get; init; }

    /// <summary>Minimum time from a response to its confirming assessment, in days (RECIST 1.1 §4.6: no less than 4 weeks).</summary>
    public double ConfirmationDays { get; init; } = 28;

    /// <summary>
    /// Minimum time from baseline for stable disease to count as best response, in days (RECIST 1.1 §4.4: defined by the
    /// protocol, "in general not less than 6–8 weeks"); 0 counts any assessment after baseline.
    /// </summary>
    public double MinimumStableDiseaseDays { get; init; }

    /// <summary>
    /// A non-nodal lesion whose diameter is below this, in mm, is recorded as disappeared (0 mm); one between this and 5 mm is
    /// recorded as 5 mm, "too small to measure" (RECIST 1.1 Appendix I). Default 1 mm: assumed CT detection limit, not from
    /// the paper.
    /// </summary>
    public double DisappearedBelowMm { get; init; } = 1;
}
