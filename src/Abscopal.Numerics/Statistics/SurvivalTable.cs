namespace Abscopal.Numerics.Statistics;

/// <summary>
/// Right-censored survival data summarised by distinct time: at each time, the number of events and of censorings (immutable).
/// Memory grows with the number of distinct times, not with the number of subjects; build one with <see cref="SurvivalTableBuilder"/>.
/// </summary>
public sealed class SurvivalTable
{
    private readonly double[] _times;
    private readonly long[] _events;
    private readonly long[] _censored;

    /// <summary>Creates a table from increasing distinct <paramref name="times"/> with event and censoring counts at each.</summary>
    public SurvivalTable(ReadOnlySpan<double> times, ReadOnlySpan<long> events, ReadOnlySpan<long> censored)
    {
        if (events.Length != times.Length || censored.Length != times.Length)
        {
            throw new ArgumentException("times, events and censored must have the same length.", nameof(events));
        }

        for (int i = 0; i < times.Length; i++)
        {
            if (!double.IsFinite(times[i]) || (i > 0 && !(times[i] > times[i - 1])))
            {
                throw new ArgumentException($"times must be finite and strictly increasing; see times[{i}] = {times[i]}.", nameof(times));
            }

            if (events[i] < 0 || censored[i] < 0)
            {
                throw new ArgumentException($"Counts must be non-negative; see index {i}.", nameof(events));
            }
        }

        _times = times.ToArray();
        _events = events.ToArray();
        _censored = censored.ToArray();
        long total = 0;
        for (int i = 0; i < times.Length; i++)
        {
            total += _events[i] + _censored[i];
        }

        Subjects = total;
    }

    /// <summary>The distinct times, increasing (e.g. days).</summary>
    public ReadOnlySpan<double> Times => _times;

    /// <summary>The number of events at each time.</summary>
    public ReadOnlySpan<long> Events => _events;

    /// <summary>The number of censorings at each time (censored subjects count as at risk at their own time).</summary>
    public ReadOnlySpan<long> Censored => _censored;

    /// <summary>The number of subjects.</summary>
    public long Subjects { get; }

    /// <summary>The total number of events.</summary>
    public long TotalEvents
    {
        get
        {
            long sum = 0;
            foreach (long d in _events)
            {
                sum += d;
            }

            return sum;
        }
    }

    /// <summary>Builds a table from individual (time, event) records; event false means right-censored at that time.</summary>
    public static SurvivalTable FromSubjects(ReadOnlySpan<double> times, ReadOnlySpan<bool> events)
    {
        var builder = new SurvivalTableBuilder();
        if (events.Length != times.Length)
        {
            throw new ArgumentException("times and events must have the same length.", nameof(events));
        }

        for (int i = 0; i < times.Length; i++)
        {
            builder.Add(times[i], events[i]);
        }

        return builder.ToTable();
    }

    /// <summary>The number at risk just before each distinct time (subjects whose time is at or after it).</summary>
    public long[] AtRisk()
    {
        var atRisk = new long[_times.Length];
        long n = 0;
        for (int i = _times.Length - 1; i >= 0; i--)
        {
            n += _events[i] + _censored[i];
            atRisk[i] = n;
        }

        return atRisk;
    }
}
