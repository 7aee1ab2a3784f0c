using System.Collections.Frozen;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Reserved names, named constants and special functions of the text format.</summary>
/// <remarks>
/// Only the names below are reserved; statement keywords (model, species, at, unit, ...) are recognised by
/// their position, so an imported model may still have a parameter called "unit" or "at".
/// </remarks>
internal static class Keywords
{
    /// <summary>Names that can never be ids: model time, the logical operators, and the literal constants.</summary>
    public static readonly FrozenSet<string> Reserved = FrozenSet.ToFrozenSet(
        ["time", "and", "or", "not", "true", "false", "inf", "infinity", "NaN", "notanumber"], StringComparer.Ordinal);

    /// <summary>Constants written as names; as in libSBML, a model symbol of the same id takes precedence.</summary>
    public static readonly FrozenDictionary<string, double> NamedConstants = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["pi"] = Math.PI,
        ["exponentiale"] = Math.E,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Functions the parser rewrites into operators or special nodes, in a fixed order for suggestions.</summary>
    private static readonly string[] s_specialFunctions = ["piecewise", "xor", "pow", "power", "log"];

    /// <summary>Functions the parser rewrites into operators or special nodes: piecewise, xor, pow, power, log.</summary>
    public static readonly FrozenSet<string> SpecialFunctions = FrozenSet.ToFrozenSet(s_specialFunctions, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a built-in function (so a user function may not take it).</summary>
    public static bool IsBuiltInFunction(string name) => SpecialFunctions.Contains(name) || MathFunctions.TryParse(name, out _);

    /// <summary>Every built-in function name, for "did you mean" suggestions.</summary>
    public static IEnumerable<string> BuiltInFunctionNames =>
        s_specialFunctions.Concat(Enum.GetValues<MathFunction>().Select(MathFunctions.Name)).Distinct(StringComparer.Ordinal);
}
