using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Execution;

/// <summary>What to simulate: time span, output times, solver and tolerances, and which variables to report.</summary>
public sealed record SimulationSettings
{
    /// <summary>Start time, in the model's time unit.</summary>
    public double StartTime { get; init; }

    /// <summary>End time, in the model's time unit; must exceed <see cref="StartTime"/>.</summary>
    public required double EndTime { get; init; }

    /// <summary>Number of output intervals: rows are written at Points + 1 evenly spaced times, the last exactly at <see cref="EndTime"/> (ignored when <see cref="OutputTimes"/> is set).</summary>
    public int Points { get; init; } = 100;

    /// <summary>Explicit output times (sorted, within the span), or null for evenly spaced ones.</summary>
    public IReadOnlyList<double>? OutputTimes { get; init; }

    /// <summary>The ODE algorithm; null picks <see cref="OdeAlgorithms.Auto"/>.</summary>
    public OdeAlgorithm? Algorithm { get; init; }

    /// <summary>Tolerances and step limits.</summary>
    public OdeOptions Options { get; init; } = OdeOptions.Default;

    /// <summary>Symbols to report, in column order; null reports the state variables.</summary>
    public IReadOnlyList<string>? Outputs { get; init; }

    /// <summary>Species to report as amounts rather than as their symbol's value (concentration).</summary>
    public IReadOnlySet<string>? Amounts { get; init; }

    /// <summary>Species to report as concentrations (amount ÷ compartment size) even when their symbol means the amount (only substance units).</summary>
    public IReadOnlySet<string>? Concentrations { get; init; }

    /// <summary>Seed for the order of simultaneous events of equal priority, which SBML leaves to chance; the same seed gives the same order.</summary>
    public ulong EventSeed { get; init; }

    /// <summary>The output times these settings describe.</summary>
    public double[] ResolveOutputTimes()
    {
        if (!double.IsFinite(StartTime) || !double.IsFinite(EndTime) || EndTime <= StartTime)
        {
            throw new ArgumentOutOfRangeException(nameof(EndTime), EndTime, $"The end time must be finite and greater than the start time ({StartTime}).");
        }

        if (OutputTimes is not null)
        {
            var times = OutputTimes.ToArray();
            for (var i = 0; i < times.Length; i++)
            {
                if (!(times[i] >= StartTime && times[i] <= EndTime) || (i > 0 && times[i] < times[i - 1]))
                {
                    throw new ArgumentOutOfRangeException(nameof(OutputTimes), times[i], $"Output times must be sorted and lie in [{StartTime}, {EndTime}].");
                }
            }

            return times;
        }

        if (Points < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Points), Points, "The number of output intervals must be at least 1.");
        }

        var result = new double[Points + 1];
        var span = EndTime - StartTime;
        for (var i = 0; i < Points; i++)
        {
            result[i] = StartTime + (span * i / Points);
        }

        result[Points] = EndTime;
        return result;
    }
}
