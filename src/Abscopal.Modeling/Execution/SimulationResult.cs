using System.Collections.Immutable;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Execution;

/// <summary>A simulated trajectory: one row per output time, one column per reported variable.</summary>
public sealed class SimulationResult
{
    private readonly double[] _values;

    internal SimulationResult(ImmutableArray<string> columns, double[] times, double[] values, OdeStatistics statistics, int eventsExecuted)
    {
        Columns = columns;
        Times = times;
        _values = values;
        Statistics = statistics;
        EventsExecuted = eventsExecuted;
    }

    /// <summary>Variable ids, in column order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Output times, in the model's time unit.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Solver work.</summary>
    public OdeStatistics Statistics { get; }

    /// <summary>Number of event executions.</summary>
    public int EventsExecuted { get; }

    /// <summary>The value of column <paramref name="column"/> at row <paramref name="row"/>.</summary>
    public double this[int row, int column] => _values[(row * Columns.Length) + column];

    /// <summary>The values of one row, in column order.</summary>
    public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * Columns.Length, Columns.Length);

    /// <summary>The time course of the variable <paramref name="id"/>.</summary>
    public double[] Column(string id)
    {
        var c = Columns.IndexOf(id);
        if (c < 0)
        {
            throw new ArgumentException($"'{id}' is not a column; columns: {string.Join(", ", Columns)}.", nameof(id));
        }

        var result = new double[Times.Count];
        for (var r = 0; r < result.Length; r++)
        {
            result[r] = this[r, c];
        }

        return result;
    }
}
