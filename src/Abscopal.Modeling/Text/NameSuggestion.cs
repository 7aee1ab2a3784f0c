namespace Abscopal.Modeling.Text;

/// <summary>"Did you mean …?" hints for misspelt names (model symbols, units, file keys, command-line values): the known name nearest to a typed one.</summary>
public static class NameSuggestion
{
    /// <summary>
    /// The known name nearest to <paramref name="typed"/>, or null: case-insensitive Levenshtein distance (a known name
    /// that starts with the typed text, an abbreviation, counts as one edit), at most max(2, half the typed length) edits and fewer edits than the
    /// typed text has characters (so "q" does not suggest "a"); earlier names win ties; an exact match is not a suggestion.
    /// </summary>
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var key = typed.Trim();
        var limit = Math.Min(Math.Max(2, key.Length / 2), key.Length - 1);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            if (string.Equals(name, key, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Levenshtein(key.ToUpperInvariant(), name.ToUpperInvariant());
            if (key.Length > 0 && name.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                distance = Math.Min(distance, 1);
            }

            if (distance <= limit && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"; did you mean 'x'?" for the nearest known name, or an empty string.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known) =>
        Nearest(typed, known) is { } hint ? $"; did you mean '{hint}'?" : string.Empty;

    /// <summary>The number of single-character insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
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
