using Abscopal.Numerics.Random;

namespace Abscopal.Simulation.Ensembles;

/// <summary>
/// Runs many virtual patients on all cores with a streaming reduction: each worker keeps one reusable state (e.g. a
/// compiled model and scratch buffers) and one accumulator; patient i gets the random stream (seed, i); the workers'
/// accumulators are merged at the end, so memory grows with the workers, not with the patients, unless the accumulator
/// keeps per-patient summaries.
/// </summary>
/// <remarks>
/// Determinism: a patient's draws depend only on (seed, index), and an exact merge (<see cref="IMergeable{TSelf}"/>) does not
/// depend on which worker summed which patient, so results are bit-identical for any thread count and chunk size.
/// Accumulators that sum floating-point numbers are not exact and would break this; keep counts or keyed records.
/// </remarks>
public static class Ensemble
{
    /// <summary>A patient's work: simulate patient <c>index</c> with its stream, using the worker's state, and add its summary to the accumulator.</summary>
    /// <typeparam name="TWorker">Per-worker reusable state.</typeparam>
    /// <typeparam name="TAccumulator">Per-worker accumulator.</typeparam>
    /// <param name="index">Patient index in [0, count).</param>
    /// <param name="random">The patient's own stream (seed, index).</param>
    /// <param name="worker">The worker's state.</param>
    /// <param name="accumulator">The worker's accumulator.</param>
    public delegate void PatientWork<in TWorker, in TAccumulator>(long index, ref RandomStream random, TWorker worker, TAccumulator accumulator);

    /// <summary>Runs patients 0 … <paramref name="count"/> − 1 and returns the merged accumulator.</summary>
    /// <typeparam name="TWorker">Per-worker reusable state.</typeparam>
    /// <typeparam name="TAccumulator">Mergeable accumulator of patient summaries.</typeparam>
    /// <param name="count">Number of patients; ≥ 0.</param>
    /// <param name="options">Seed, threads and chunk size.</param>
    /// <param name="createWorker">Creates one worker's state (called once per worker thread).</param>
    /// <param name="createAccumulator">Creates an empty accumulator (once per worker, plus one for the result).</param>
    /// <param name="work">Simulates one patient and accumulates its summary.</param>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static TAccumulator Run<TWorker, TAccumulator>(long count, EnsembleOptions options, Func<TWorker> createWorker, Func<TAccumulator> createAccumulator, PatientWork<TWorker, TAccumulator> work)
        where TAccumulator : IMergeable<TAccumulator>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(createWorker);
        ArgumentNullException.ThrowIfNull(createAccumulator);
        ArgumentNullException.ThrowIfNull(work);
        var chunk = options.ChunkSize;
        var chunks = (count + chunk - 1) / chunk;
        var threads = (int)Math.Max(1, Math.Min(options.EffectiveThreads, chunks));
        var accumulators = new TAccumulator[threads];
        long next = -1;
        var seed = options.Seed;
        var token = options.Cancellation;

        void Worker(int w)
        {
            var state = createWorker();
            var accumulator = createAccumulator();
            long c;
            while ((c = Interlocked.Increment(ref next)) < chunks)
            {
                var end = Math.Min(count, (c + 1) * chunk);
                for (var i = c * chunk; i < end; i++)
                {
                    token.ThrowIfCancellationRequested();
                    var random = new RandomStream(seed, (ulong)i);
                    work(i, ref random, state, accumulator);
                }
            }

            accumulators[w] = accumulator;
        }

        if (threads == 1)
        {
            Worker(0);
        }
        else
        {
            var workers = new Thread[threads];
            Exception? failure = null;
            for (var w = 0; w < threads; w++)
            {
                var id = w;
                workers[w] = new Thread(() =>
                {
                    try
                    {
                        Worker(id);
                    }
                    catch (Exception ex)
                    {
                        Interlocked.CompareExchange(ref failure, ex, null);
                        Interlocked.Exchange(ref next, long.MaxValue - 1);
                    }
                })
                { IsBackground = true, Name = $"abscopal-ensemble-{id}" };
                workers[w].Start();
            }

            foreach (var t in workers)
            {
                t.Join();
            }

            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }

        var result = createAccumulator();
        foreach (var a in accumulators)
        {
            if (a is not null)
            {
                result.Merge(a);
            }
        }

        return result;
    }
}
