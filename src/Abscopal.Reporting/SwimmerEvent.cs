namespace Abscopal.Reporting;

/// <summary>An event on a swimmer lane.</summary>
/// <param name="Day">When it happened, in days from the start of treatment.</param>
/// <param name="Kind">What happened.</param>
public readonly record struct SwimmerEvent(double Day, SwimmerEventKind Kind);
