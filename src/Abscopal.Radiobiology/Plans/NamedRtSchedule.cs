namespace Abscopal.Radiobiology.Plans;

/// <summary>A published radiotherapy fractionation with its source.</summary>
/// <param name="Name">Short name, e.g. "26Gy/5".</param>
/// <param name="Schedule">Dose per fraction and number of fractions.</param>
/// <param name="Source">Trial or paper.</param>
public sealed record NamedRtSchedule(string Name, FractionSchedule Schedule, string Source);
