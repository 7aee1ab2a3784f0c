using System.Globalization;

namespace Abscopal.Simulation;

/// <summary>How long to simulate, how often to report, and the solver tolerances (scenario key <c>simulation</c>).</summary>
public sealed record SimulationOptions
{
    /// <summary>Largest simulated span, in days (10 years).</summary>
    public const double MaxDays = 3650;

    /// <summary>The defaults: 180 days, daily output, rtol 1e-6, atol 1e-9.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>Simulated span from day 0, in days; in (0, 3650].</summary>
    public double Days { get; init => field = Check(value, 0, MaxDays, lowOpen: true, "days"); } = 180;

    /// <summary>Spacing of output rows, in days; in (0, days] (the last row is always at <see cref="Days"/>).</summary>
    public double OutputEveryDays { get; init => field = Check(value, 0, MaxDays, lowOpen: true, "output_every_days"); } = 1;

    /// <summary>Relative tolerance of the ODE solver; in [1e-13, 0.1].</summary>
    public double RelativeTolerance { get; init => field = Check(value, 1e-13, 0.1, lowOpen: false, "rtol"); } = 1e-6;

    /// <summary>Absolute tolerance of the ODE solver, in each state's unit; in (0, 1].</summary>
    public double AbsoluteTolerance { get; init => field = Check(value, 0, 1, lowOpen: true, "atol"); } = 1e-9;

    /// <summary>
    /// Explicit output times, in days (e.g. tumour assessments every 42 days: 0, 42, 84, …), strictly increasing within
    /// [0, <see cref="Days"/>]; null for every <see cref="OutputEveryDays"/>. The first time is the baseline of the RECIST
    /// read-outs. Fewer output rows make a simulation cheaper: the solver's steps do not depend on them.
    /// </summary>
    public IReadOnlyList<double>? OutputTimesDays { get; init; }

    /// <summary>The output times, in days: <see cref="OutputTimesDays"/> when given, else 0, Δ, 2Δ, … and <see cref="Days"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The explicit times are empty, unsorted or outside [0, days], or the spacing exceeds the span.</exception>
    public double[] OutputTimes()
    {
        if (OutputTimesDays is not null)
        {
            return ExplicitTimes();
        }

        if (OutputEveryDays > Days)
        {
            throw new ArgumentOutOfRangeException("output_every_days", OutputEveryDays, string.Create(CultureInfo.InvariantCulture, $"output_every_days must be in (0, {Days}] (the simulated days); got {OutputEveryDays}."));
        }

        var count = (int)Math.Floor((Days / OutputEveryDays) + 1e-9);
        var times = new List<double>(count + 2);
        for (var k = 0; k <= count; k++)
        {
            times.Add(Math.Min(k * OutputEveryDays, Days));
        }

        if (times[^1] < Days)
        {
            times.Add(Days);
        }

        return [.. times];
    }

    private double[] ExplicitTimes()
    {
        var given = OutputTimesDays!;
        if (given.Count == 0)
        {
            throw new ArgumentOutOfRangeException("output_times_days", 0, "output_times_days must hold at least one time.");
        }

        var times = new double[given.Count];
        for (var k = 0; k < times.Length; k++)
        {
            var t = given[k];
            if (!(t >= 0 && t <= Days) || (k > 0 && t <= times[k - 1]))
            {
                throw new ArgumentOutOfRangeException("output_times_days", t, string.Create(CultureInfo.InvariantCulture, $"output_times_days must be strictly increasing in [0, {Days}] (the simulated days); got {t} at position {k}."));
            }

            times[k] = t;
        }

        return times;
    }

    private static double Check(double value, double low, double high, bool lowOpen, string field) =>
        (lowOpen ? value > low : value >= low) && value <= high
            ? value
            : throw new ArgumentOutOfRangeException(field, value, string.Create(CultureInfo.InvariantCulture, $"{field} must be in {(lowOpen ? "(" : "[")}{low}, {high}]; got {value}."));
}
