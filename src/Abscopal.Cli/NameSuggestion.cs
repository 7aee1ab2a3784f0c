namespace Abscopal.Cli;

/// <summary>Finds the known name closest to a mistyped one (Levenshtein distance), for "did you mean" messages.</summary>
internal static class NameSuggestion
{
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        string key = typed.Trim().ToUpperInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in known)
        {
            int distance = Distance(key, name.ToUpperInvariant());
            if (name.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                distance = Math.Min(distance, 1);
            }

            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(3, key.Length / 2) ? best : null;
    }

    public static string UnknownMessage(string what, string option, string typed, IReadOnlyCollection<string> known)
    {
        string? nearest = Nearest(typed, known);
        string hint = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        return $"{option}: unknown {what} '{typed}'.{hint} Known: {string.Join(", ", known)}.";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
