namespace Abscopal.Reporting.Internal;

/// <summary>Argument checks shared by the figure recipes; each names the offending series.</summary>
internal static class Check
{
    public static void NotEmpty<T>(IReadOnlyCollection<T> items, string what)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException($"{what}: nothing to plot.");
        }
    }

    public static void SameLength(string series, double[] first, params double[][] others)
    {
        if (first.Length == 0)
        {
            throw new ArgumentException($"{series}: no points.");
        }

        foreach (var other in others)
        {
            if (other.Length != first.Length)
            {
                throw new ArgumentException($"{series}: {first.Length} times but {other.Length} values.");
            }
        }
    }

    public static void Increasing(string series, double[] times)
    {
        for (int i = 1; i < times.Length; i++)
        {
            if (!(times[i] > times[i - 1]))
            {
                throw new ArgumentException($"{series}: times must increase, but {times[i]} follows {times[i - 1]}.");
            }
        }
    }
}
