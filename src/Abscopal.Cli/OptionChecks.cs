using System.Globalization;
using Abscopal.Numerics.Ode;

namespace Abscopal.Cli;

/// <summary>Checks of option values that throw <see cref="UsageException"/> naming the option and the allowed range.</summary>
internal static class OptionChecks
{
    public static double Positive(string option, double value, string unit) =>
        value > 0 && double.IsFinite(value) ? value : throw new UsageException($"{option} must be a finite number > 0 ({unit}), not {Format(value)}.");

    public static double NonNegative(string option, double value, string unit) =>
        value >= 0 && double.IsFinite(value) ? value : throw new UsageException($"{option} must be a finite number ≥ 0 ({unit}), not {Format(value)}.");

    public static int AtLeast(string option, int value, int minimum) =>
        value >= minimum ? value : throw new UsageException($"{option} must be an integer ≥ {minimum}, not {value}.");

    /// <summary>Checks the shared options of the simulate-a-model-file commands: time span, output points and tolerances.</summary>
    public static void SimulationOptions(double start, double end, int points, double relative, double absolute)
    {
        if (!double.IsFinite(start))
        {
            throw new UsageException($"--t-start must be a finite number, not {Format(start)}.");
        }

        if (!double.IsFinite(end) || end <= start)
        {
            throw new UsageException($"--t-end must be a finite number greater than --t-start ({Format(start)}), not {Format(end)}.");
        }

        if (points < 1)
        {
            throw new UsageException($"--points must be at least 1, not {points}.");
        }

        if (!(relative >= OdeOptions.MinRelativeTolerance && relative <= 1))
        {
            throw new UsageException($"--rtol must be in [{OdeOptions.MinRelativeTolerance:0.#e0}, 1], not {Format(relative)}.");
        }

        if (!(absolute >= 0) || double.IsInfinity(absolute))
        {
            throw new UsageException($"--atol must be a finite number ≥ 0, not {Format(absolute)}.");
        }
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Fixed(double value, int digits) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
