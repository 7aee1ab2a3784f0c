namespace Abscopal.Simulation.Ensembles;

/// <summary>An accumulator of per-patient summaries that can absorb another's; for bit-identical ensembles the merge must be exact (integer counts, keyed collections), so that it does not depend on which worker summed which patients.</summary>
/// <typeparam name="TSelf">The accumulator type.</typeparam>
public interface IMergeable<in TSelf>
{
    /// <summary>Adds everything <paramref name="other"/> has accumulated.</summary>
    void Merge(TSelf other);
}
