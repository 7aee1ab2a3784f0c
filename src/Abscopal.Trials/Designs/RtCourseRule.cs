using Abscopal.Radiobiology.Plans;

namespace Abscopal.Trials.Designs;

/// <summary>A radiotherapy course of an arm, its target given by a <see cref="LesionRule"/> and resolved per patient.</summary>
/// <param name="Target">Which lesion is irradiated.</param>
/// <param name="DosePerFractionGy">Dose per fraction, in Gy.</param>
/// <param name="Fractions">Number of fractions.</param>
/// <param name="StartDay">Day of the first fraction, in days.</param>
/// <param name="IntervalDays">Days between fractions.</param>
/// <param name="SkipWeekends">Whether fractions on a weekend move to Monday (day 0 is a Monday).</param>
public sealed record RtCourseRule(LesionRule Target, double DosePerFractionGy, int Fractions, double StartDay = 0, double IntervalDays = 1, bool SkipWeekends = false)
{
    /// <summary>The course given to lesion <paramref name="lesionId"/>.</summary>
    public RtCourse For(string lesionId) => new(lesionId, DosePerFractionGy, Fractions, StartDay, IntervalDays, SkipWeekends);
}
