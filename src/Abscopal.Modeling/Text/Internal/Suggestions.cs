namespace Abscopal.Modeling.Text.Internal;

/// <summary>"Did you mean ...?" hints: the known name nearest to a misspelt one.</summary>
internal static class Suggestions
{
    /// <summary>The most edits (Levenshtein distance) a suggestion may be away from the misspelt name.</summary>
    public const int MaxDistance = 2;

    /// <summary>The candidate nearest to <paramref name="name"/> (a case-insensitive match first, then the smallest edit distance up to <see cref="MaxDistance"/>, earlier candidates winning ties), or null.</summary>
    /// <remarks>A suggestion must keep part of the name (distance below its length), so "q" does not suggest "a".</remarks>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Levenshtein(name, candidate);
            if (distance <= MaxDistance && distance < name.Length && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"; did you mean 'x'?" for the nearest candidate, or an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Nearest(name, candidates) is { } hint ? $"; did you mean '{hint}'?" : string.Empty;

    /// <summary>The number of single-character insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
