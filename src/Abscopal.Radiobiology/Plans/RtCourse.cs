using System.Collections.ObjectModel;
using System.Globalization;

namespace Abscopal.Radiobiology.Plans;

/// <summary>
/// A course of radiotherapy to one lesion: equal fractions on regularly spaced days (optionally skipping weekends) or on
/// explicit days. Days are counted from the plan's day 0, which is a Monday.
/// </summary>
public sealed record RtCourse
{
    private readonly double[] _days;

    /// <summary>Creates a regularly spaced course.</summary>
    /// <param name="targetLesion">Identifier of the irradiated lesion (e.g. "breast", "liver1").</param>
    /// <param name="dosePerFractionGy">Dose per fraction, in Gy; &gt; 0.</param>
    /// <param name="fractions">Number of fractions; ≥ 1.</param>
    /// <param name="startDay">Day of the first fraction (moved to Monday when it falls on a skipped weekend), in days; ≥ 0.</param>
    /// <param name="intervalDays">Days between successive fractions, &gt; 0 (1 = daily; 0.25 = 6 h apart).</param>
    /// <param name="skipWeekends">Whether a fraction that would fall on a Saturday or Sunday moves to the next Monday.</param>
    public RtCourse(string targetLesion, double dosePerFractionGy, int fractions, double startDay = 0, double intervalDays = 1, bool skipWeekends = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetLesion);
        TargetLesion = targetLesion;
        Schedule = new FractionSchedule(dosePerFractionGy, fractions);
        StartDay = Require.NonNegative(startDay, nameof(startDay));
        IntervalDays = Require.Positive(intervalDays, nameof(intervalDays));
        SkipWeekends = skipWeekends;
        _days = RegularDays(StartDay, IntervalDays, fractions, skipWeekends);
        Days = Array.AsReadOnly(_days);
    }

    /// <summary>Creates a course with one fraction on each of <paramref name="days"/>.</summary>
    /// <param name="targetLesion">Identifier of the irradiated lesion.</param>
    /// <param name="dosePerFractionGy">Dose per fraction, in Gy; &gt; 0.</param>
    /// <param name="days">Fraction days, in days from day 0; each finite and ≥ 0, at least one, no two equal.</param>
    public RtCourse(string targetLesion, double dosePerFractionGy, IEnumerable<double> days)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetLesion);
        ArgumentNullException.ThrowIfNull(days);
        double[] sorted = [.. days.Order()];
        foreach (double day in sorted)
        {
            Require.NonNegative(day, nameof(days));
        }

        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Day {sorted[i]} is given twice; one fraction per time."), nameof(days));
            }
        }

        TargetLesion = targetLesion;
        Schedule = new FractionSchedule(dosePerFractionGy, Require.AtLeast(sorted.Length, 1, nameof(days)));
        StartDay = sorted[0];
        IntervalDays = sorted.Length > 1 ? sorted[1] - sorted[0] : 1;
        SkipWeekends = false;
        ExplicitDays = true;
        _days = sorted;
        Days = Array.AsReadOnly(_days);
    }

    /// <summary>Identifier of the irradiated lesion.</summary>
    public string TargetLesion { get; }

    /// <summary>Dose per fraction and number of fractions.</summary>
    public FractionSchedule Schedule { get; }

    /// <summary>Day of the first fraction as requested, in days.</summary>
    public double StartDay { get; }

    /// <summary>Spacing of regular fractions, in days (for explicit days, the first gap).</summary>
    public double IntervalDays { get; }

    /// <summary>Whether weekend fractions are moved to Monday.</summary>
    public bool SkipWeekends { get; }

    /// <summary>Whether the days were given explicitly.</summary>
    public bool ExplicitDays { get; }

    /// <summary>The fraction days, sorted, in days from day 0 (a Monday).</summary>
    public ReadOnlyCollection<double> Days { get; }

    /// <summary>Overall treatment time, last minus first fraction day, in days.</summary>
    public double OverallDays => _days[^1] - _days[0];

    /// <summary>Whether <paramref name="day"/> (days from day 0, a Monday) falls on a Saturday or Sunday.</summary>
    public static bool IsWeekend(double day) => Math.Floor(day) % 7 is 5 or 6;

    private static double[] RegularDays(double start, double interval, int count, bool skipWeekends)
    {
        var days = new double[count];
        double day = start;
        for (int k = 0; k < count; k++)
        {
            while (skipWeekends && IsWeekend(day))
            {
                // Move to the same time of day on the next Monday.
                day += 7 - (Math.Floor(day) % 7);
            }

            days[k] = day;
            day += interval;
        }

        return days;
    }
}
