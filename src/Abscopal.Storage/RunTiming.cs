namespace Abscopal.Storage;

/// <summary>The wall-clock duration of one phase of a run.</summary>
/// <param name="Phase">The phase's name, e.g. "compile", "simulate", "report".</param>
/// <param name="Seconds">Its duration, in seconds (≥ 0).</param>
public readonly record struct RunTiming(string Phase, double Seconds);
