using System.Globalization;

namespace Abscopal.Pharmacology;

/// <summary>Argument checks shared by the pharmacology types; messages name the parameter and the allowed range.</summary>
internal static class Require
{
    public static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value) ? value : throw OutOfRange(name, value, "(0, +∞) and finite");

    public static double NonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? value : throw OutOfRange(name, value, "[0, +∞) and finite");

    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw OutOfRange(name, value, "a finite number");

    public static int AtLeast(int value, int minimum, string name) =>
        value >= minimum ? value : throw OutOfRange(name, value, string.Create(CultureInfo.InvariantCulture, $"[{minimum}, 2147483647]"));

    public static double InRange(double value, double low, double high, bool lowOpen, string name)
    {
        bool ok = (lowOpen ? value > low : value >= low) && value <= high;
        return ok ? value : throw OutOfRange(name, value, string.Create(CultureInfo.InvariantCulture, $"{(lowOpen ? "(" : "[")}{low}, {high}]"));
    }

    public static ArgumentOutOfRangeException OutOfRange(string name, object value, string range) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be in {range}; got {value}."));
}
