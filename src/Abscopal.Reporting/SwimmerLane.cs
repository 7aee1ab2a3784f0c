namespace Abscopal.Reporting;

/// <summary>One patient's time on study, for <see cref="Figures.Swimmer"/>.</summary>
/// <param name="Id">The patient's id.</param>
/// <param name="DurationDays">Time on study, in days (&gt; 0).</param>
/// <param name="Category">Best overall response, which colours the lane.</param>
/// <param name="Events">Events on the lane (response, progression, death).</param>
/// <param name="Ongoing">Whether the patient is still on study at the data cut-off (drawn with an arrow).</param>
public sealed record SwimmerLane(string Id, double DurationDays, RecistCategory Category, IReadOnlyList<SwimmerEvent> Events, bool Ongoing = false);
