namespace Abscopal.Reporting.Html;

/// <summary>The wall-clock duration of one phase of the run, shown in the report.</summary>
/// <param name="Phase">The phase's name, e.g. "simulate".</param>
/// <param name="Seconds">Its duration, in seconds.</param>
public readonly record struct ReportTiming(string Phase, double Seconds);
