namespace Abscopal.Reporting;

/// <summary>A set of (x, y) points in one colour, for <see cref="Figures.Scatter"/>.</summary>
/// <param name="Label">The series' name in the legend.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values.</param>
public sealed record ScatterSeries(string Label, double[] X, double[] Y);
