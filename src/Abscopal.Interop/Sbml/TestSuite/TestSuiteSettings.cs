using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>The settings file of an SBML Test Suite case (NNNNN-settings.txt): time span, output, tolerances.</summary>
/// <param name="Start">Start time, in the model's time unit.</param>
/// <param name="Duration">Length of the simulated span, in the model's time unit.</param>
/// <param name="Steps">Number of output intervals (rows are at Steps + 1 evenly spaced times).</param>
/// <param name="Variables">Ids to report, in column order.</param>
/// <param name="Absolute">Absolute tolerance of the comparison, in the variable's units.</param>
/// <param name="Relative">Relative tolerance of the comparison (dimensionless).</param>
public sealed record TestSuiteSettings(double Start, double Duration, int Steps, ImmutableArray<string> Variables, double Absolute, double Relative)
{
    /// <summary>Species to report as amounts.</summary>
    public ImmutableArray<string> Amounts { get; init; } = [];

    /// <summary>Species to report as concentrations.</summary>
    public ImmutableArray<string> Concentrations { get; init; } = [];

    /// <summary>The output times: Start + i·Duration/Steps for i = 0 … Steps.</summary>
    public double[] OutputTimes()
    {
        var times = new double[Steps + 1];
        for (var i = 0; i <= Steps; i++)
        {
            times[i] = i == Steps ? Start + Duration : Start + (Duration * i / Steps);
        }

        return times;
    }

    /// <summary>Parses the "key: value" lines of a settings file.</summary>
    /// <exception cref="FormatException">A required entry is missing or not a number.</exception>
    public static TestSuiteSettings Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                entries[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        double Number(string key) =>
            entries.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                ? x
                : throw new FormatException($"The settings have no numeric '{key}' entry.");
        ImmutableArray<string> List(string key) =>
            entries.TryGetValue(key, out var v) ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

        var steps = Number("steps");
        if (steps < 1 || steps != Math.Floor(steps))
        {
            throw new FormatException($"'steps' must be a positive integer, not {steps}.");
        }

        return new TestSuiteSettings(Number("start"), Number("duration"), (int)steps, List("variables"), Number("absolute"), Number("relative"))
        {
            Amounts = List("amount"),
            Concentrations = List("concentration"),
        };
    }
}
