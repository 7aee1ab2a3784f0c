namespace Abscopal.Numerics.Statistics;

/// <summary>A mergeable accumulator of right-censored (time, event) records that keeps counts per distinct time only.</summary>
/// <remarks>Trials assess on a schedule (e.g. every 42 days), so event times take few distinct values and a million-patient arm keeps a few hundred rows.</remarks>
public sealed class SurvivalTableBuilder
{
    private readonly SortedDictionary<double, (long Events, long Censored)> _counts = [];

    /// <summary>The number of subjects added so far.</summary>
    public long Subjects { get; private set; }

    /// <summary>Adds one subject followed to <paramref name="time"/> (finite, ≥ 0), with an event there or censored there.</summary>
    public void Add(double time, bool isEvent) => Add(time, isEvent ? 1 : 0, isEvent ? 0 : 1);

    /// <summary>Adds <paramref name="events"/> events and <paramref name="censored"/> censorings at <paramref name="time"/>.</summary>
    public void Add(double time, long events, long censored)
    {
        if (!double.IsFinite(time) || time < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "A survival time must be finite and ≥ 0.");
        }

        if (events < 0 || censored < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(events), "Counts must be non-negative.");
        }

        // +0.0 and −0.0 are one time.
        time += 0.0;
        _counts.TryGetValue(time, out var c);
        _counts[time] = (c.Events + events, c.Censored + censored);
        Subjects += events + censored;
    }

    /// <summary>Adds all counts of <paramref name="other"/> (e.g. another thread's chunk); the result does not depend on merge order.</summary>
    public void Merge(SurvivalTableBuilder other)
    {
        foreach (var (time, c) in other._counts)
        {
            Add(time, c.Events, c.Censored);
        }
    }

    /// <summary>The immutable table of the records so far.</summary>
    public SurvivalTable ToTable()
    {
        int n = _counts.Count;
        var times = new double[n];
        var events = new long[n];
        var censored = new long[n];
        int i = 0;
        foreach (var (time, c) in _counts)
        {
            times[i] = time;
            events[i] = c.Events;
            censored[i] = c.Censored;
            i++;
        }

        return new SurvivalTable(times, events, censored);
    }
}
