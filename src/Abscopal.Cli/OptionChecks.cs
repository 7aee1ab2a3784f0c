using System.Globalization;

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

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Fixed(double value, int digits) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
