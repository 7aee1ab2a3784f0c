namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>The known name closest to a mistyped one (case-insensitive Levenshtein distance), for "did you mean" hints.</summary>
internal static class NameDistance
{
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        string key = typed.ToUpperInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in known)
        {
            int distance = Levenshtein(key, name.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, key.Length / 2) ? best : null;
    }

    public static string Hint(string typed, IEnumerable<string> known)
    {
        string? nearest = Nearest(typed, known);
        return nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
    }

    private static int Levenshtein(string a, string b)
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
