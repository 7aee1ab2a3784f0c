using System.Globalization;

namespace Abscopal.Simulation.Ensembles;

/// <summary>How to run an ensemble: the seed of every patient's random stream, the number of worker threads and the chunk of patients a worker takes at a time.</summary>
public sealed record EnsembleOptions
{
    /// <summary>Seed 0, all cores, chunks of 16 patients.</summary>
    public static EnsembleOptions Default { get; } = new();

    /// <summary>Seed of the ensemble: patient i draws from the stream (seed, i) whatever thread runs it.</summary>
    public ulong Seed { get; init; }

    /// <summary>Worker threads; 0 = one per processor (<see cref="Environment.ProcessorCount"/>), otherwise in [1, 1024].</summary>
    public int Threads { get; init => field = value is >= 0 and <= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"threads must be in [0, 1024] (0 = all cores); got {value}.")); }

    /// <summary>Patients a worker takes at a time; in [1, 1 000 000]. Changes scheduling only, never results.</summary>
    public int ChunkSize { get; init => field = value is >= 1 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"chunk_size must be in [1, 1000000]; got {value}.")); } = 16;

    /// <summary>Stops the run between patients.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The number of worker threads this runs with.</summary>
    public int EffectiveThreads => Threads == 0 ? Environment.ProcessorCount : Threads;
}
