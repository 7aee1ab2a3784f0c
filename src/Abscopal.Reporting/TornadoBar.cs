namespace Abscopal.Reporting;

/// <summary>One parameter's one-at-a-time effect on an output, for <see cref="Figures.Tornado"/>.</summary>
/// <param name="Parameter">The parameter's name, with its range, e.g. "α/β (5–15 Gy)".</param>
/// <param name="OutputAtLow">The output with the parameter at the low end of its range.</param>
/// <param name="OutputAtHigh">The output with the parameter at the high end of its range.</param>
public sealed record TornadoBar(string Parameter, double OutputAtLow, double OutputAtHigh);
