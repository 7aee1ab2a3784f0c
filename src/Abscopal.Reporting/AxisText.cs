namespace Abscopal.Reporting;

/// <summary>A figure's title and axis labels; labels carry their unit in parentheses, e.g. "Time (days)".</summary>
/// <param name="Title">The title drawn above the plot.</param>
/// <param name="XLabel">The x-axis label with its unit.</param>
/// <param name="YLabel">The y-axis label with its unit.</param>
public sealed record AxisText(string Title, string XLabel, string YLabel);
