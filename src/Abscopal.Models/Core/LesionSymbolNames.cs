using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Models.Core;

/// <summary>
/// Names of abscopal-core's per-lesion symbols in a patient's model (lesion ids: <c>T_liver1</c>, <c>rt_liver1_0_day</c>) and in
/// the lesion-generic model that every patient with the same number of lesions shares (positions: <c>T_L1</c>, <c>rt_L1_0_day</c>).
/// </summary>
/// <remarks>
/// A per-lesion symbol is a prefix from <see cref="Prefixes"/>, an underscore and the lesion id, or a fraction's
/// <c>rt_{lesion}_{k}_day</c> / <c>rt_{lesion}_{k}_dose</c>; every other symbol (systemic states, drugs, core parameters) has the same
/// name in both models. A test checks that renaming the generic model's symbols gives exactly the patient model's.
/// </remarks>
internal sealed class LesionSymbolNames(ImmutableArray<string> lesionIds)
{
    /// <summary>Prefixes of per-lesion symbols (parameters, states, rules).</summary>
    public static readonly ImmutableArray<string> Prefixes =
        ["alpha", "Pb", "perf", "q", "transit", "cov", "g", "T", "D", "I", "A", "E", "P", "S", "V", "rho", "kill", "kin"];

    private static readonly string[] s_generic = [.. Enumerable.Range(1, 32).Select(i => "L" + i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The generic id of the lesion at position <paramref name="index"/> (0-based): L1, L2, …</summary>
    public static string GenericLesionId(int index) =>
        index < s_generic.Length ? s_generic[index] : "L" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The generic name of the patient-model symbol <paramref name="id"/> (itself when it is not per lesion).</summary>
    public string ToGeneric(string id) => Rename(id, lesionIds, static (_, i) => GenericLesionId(i), generic: false);

    /// <summary>The patient-model name of the generic symbol <paramref name="id"/> (itself when it is not per lesion).</summary>
    public string ToPublic(string id) => Rename(id, lesionIds, static (ids, i) => ids[i], generic: true);

    private static string Rename(string id, ImmutableArray<string> ids, Func<ImmutableArray<string>, int, string> target, bool generic)
    {
        if (id.StartsWith("rt_", StringComparison.Ordinal))
        {
            // rt_{lesion}_{k}_day | rt_{lesion}_{k}_dose: the fraction number and suffix follow the last two underscores.
            var suffix = id.LastIndexOf('_');
            var number = suffix > 3 ? id.LastIndexOf('_', suffix - 1) : -1;
            if (number > 3)
            {
                var lesion = id.AsSpan(3, number - 3);
                var index = IndexOf(lesion, ids, generic);
                if (index >= 0)
                {
                    return string.Concat("rt_", target(ids, index), id.AsSpan(number));
                }
            }

            return id;
        }

        var underscore = id.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0)
        {
            return id;
        }

        var prefix = id.AsSpan(0, underscore);
        foreach (var p in Prefixes)
        {
            if (prefix.SequenceEqual(p))
            {
                var index = IndexOf(id.AsSpan(underscore + 1), ids, generic);
                return index >= 0 ? string.Concat(id.AsSpan(0, underscore + 1), target(ids, index)) : id;
            }
        }

        return id;
    }

    private static int IndexOf(ReadOnlySpan<char> lesion, ImmutableArray<string> ids, bool generic)
    {
        if (generic)
        {
            return lesion.Length > 1 && lesion[0] == 'L' && int.TryParse(lesion[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= ids.Length && lesion.SequenceEqual(GenericLesionId(n - 1))
                ? n - 1
                : -1;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (lesion.SequenceEqual(ids[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
