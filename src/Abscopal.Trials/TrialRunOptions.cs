namespace Abscopal.Trials;

/// <summary>How to run a virtual trial: worker threads, chunk size, whether to keep per-patient rows, and cancellation.</summary>
public sealed record TrialRunOptions
{
    /// <summary>All cores, chunks of 16, per-patient rows kept.</summary>
    public static TrialRunOptions Default { get; } = new();

    /// <summary>Worker threads; 0 = one per processor.</summary>
    public int Threads { get; init; }

    /// <summary>Patients a worker takes at a time (scheduling only; results do not depend on it).</summary>
    public int ChunkSize { get; init; } = 16;

    /// <summary>Whether to keep one row per patient (figures, CSV); off for very large trials, which then keep totals only.</summary>
    public bool KeepPatients { get; init; } = true;

    /// <summary>Between-patient parameter variability of the virtual population; null for <see cref="Populations.CalibratedPopulation.Variability"/>.</summary>
    public IReadOnlyList<Populations.ParameterVariability>? Variability { get; init; }

    /// <summary>Called with each arm's name as its simulation starts (e.g. to show progress); never concurrently. Null: no call.</summary>
    public Action<string>? ArmStarted { get; init; }

    /// <summary>Stops the run between patients.</summary>
    public CancellationToken Cancellation { get; init; }
}
