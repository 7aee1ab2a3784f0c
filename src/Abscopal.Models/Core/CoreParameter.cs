namespace Abscopal.Models.Core;

/// <summary>One parameter of abscopal-core with its value for a parameter set, unit, meaning and source (or "assumed: reason").</summary>
/// <param name="Id">Parameter id in the model.</param>
/// <param name="Value">Value, in <paramref name="Units"/>.</param>
/// <param name="Units">Unit.</param>
/// <param name="Description">What it is.</param>
/// <param name="Source">Paper and table/figure, or "assumed: reason".</param>
public sealed record CoreParameter(string Id, double Value, string Units, string Description, string Source);
