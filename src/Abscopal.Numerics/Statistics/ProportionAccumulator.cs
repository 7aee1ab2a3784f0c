namespace Abscopal.Numerics.Statistics;

/// <summary>A mergeable running count of successes among trials (e.g. responders in an arm), so that a large arm keeps two numbers.</summary>
public sealed class ProportionAccumulator
{
    /// <summary>The number of successes so far.</summary>
    public long Successes { get; private set; }

    /// <summary>The number of trials so far.</summary>
    public long Trials { get; private set; }

    /// <summary>Counts one trial, a success when <paramref name="success"/> is true.</summary>
    public void Add(bool success)
    {
        Trials++;
        if (success)
        {
            Successes++;
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (e.g. another thread's chunk).</summary>
    public void Merge(ProportionAccumulator other)
    {
        Successes += other.Successes;
        Trials += other.Trials;
    }

    /// <summary>The Wilson score interval of the counts so far.</summary>
    public ProportionEstimate Wilson(double level = 0.95) => BinomialProportion.Wilson(Successes, Trials, level);

    /// <summary>The Clopper–Pearson interval of the counts so far.</summary>
    public ProportionEstimate ClopperPearson(double level = 0.95) => BinomialProportion.ClopperPearson(Successes, Trials, level);
}
