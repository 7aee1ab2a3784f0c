using ScottPlot;

namespace Abscopal.Reporting.Internal;

/// <summary>One plot of a figure: a recipe that builds a fresh ScottPlot plot, and its share of the figure's height.</summary>
internal sealed record Panel(Func<Plot> Build, double HeightWeight);
