using System.Globalization;

namespace Abscopal.Trials.Designs;

/// <summary>Tumour assessments (trial key <c>assessment</c>): a baseline at day 0, then every <see cref="EveryDays"/> days up to <see cref="UntilDay"/>.</summary>
public sealed record AssessmentSchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="everyDays">Days between assessments; in (0, 365].</param>
    /// <param name="untilDay">Last day of follow-up; in [every_days, 3650].</param>
    public AssessmentSchedule(double everyDays, double untilDay)
    {
        if (!(everyDays > 0 && everyDays <= 365))
        {
            throw new ArgumentOutOfRangeException(nameof(everyDays), everyDays, string.Create(CultureInfo.InvariantCulture, $"assessment.every_days must be in (0, 365]; got {everyDays}."));
        }

        if (!(untilDay >= everyDays && untilDay <= 3650))
        {
            throw new ArgumentOutOfRangeException(nameof(untilDay), untilDay, string.Create(CultureInfo.InvariantCulture, $"assessment.until_day must be in [every_days = {everyDays}, 3650]; got {untilDay}."));
        }

        EveryDays = everyDays;
        UntilDay = untilDay;
    }

    /// <summary>Days between assessments.</summary>
    public double EveryDays { get; }

    /// <summary>Last day of follow-up, in days.</summary>
    public double UntilDay { get; }

    /// <summary>The assessment days 0, Δ, 2Δ, … ≤ until_day.</summary>
    public double[] Days()
    {
        var count = (int)Math.Floor((UntilDay / EveryDays) + 1e-9);
        var days = new double[count + 1];
        for (var k = 0; k <= count; k++)
        {
            days[k] = k * EveryDays;
        }

        return days;
    }
}
