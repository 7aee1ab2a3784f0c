using System.Globalization;

namespace Abscopal.Planning.Search;

/// <summary>How the planner searches: seed, threads, dose grid, successive halving and dose refinement.</summary>
public sealed record PlannerOptions
{
    /// <summary>The defaults.</summary>
    public static PlannerOptions Default { get; } = new();

    /// <summary>Seed of the uncertainty samples; the result is a pure function of (problem, options) for any thread count.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Most threads used; ≥ 1.</summary>
    public int MaxDegreeOfParallelism { get; init => field = Positive(value, "threads"); } = Environment.ProcessorCount;

    /// <summary>Dose-per-fraction levels of the discrete search, evenly spaced from the minimum to the largest feasible dose; ≥ 1.</summary>
    public int DoseGridPoints { get; init => field = Positive(value, "dose grid points"); } = 4;

    /// <summary>Candidates × samples at or below which every candidate is scored on every sample (no successive halving); ≥ 1.</summary>
    public long ExhaustiveBudget { get; init => field = value >= 1 ? value : throw Bad("exhaustive budget", value); } = 8000;

    /// <summary>Samples of the first successive-halving round; ≥ 1.</summary>
    public int InitialSamples { get; init => field = Positive(value, "initial samples"); } = 16;

    /// <summary>Share of candidates kept per round (the sample count doubles each round); in (0, 1).</summary>
    public double KeepFraction { get; init => field = value > 0 && value < 1 ? value : throw Bad("keep fraction", value); } = 0.25;

    /// <summary>Fewest candidates kept per round, so that this many are scored on every sample; ≥ 1.</summary>
    public int Finalists { get; init => field = Positive(value, "finalists"); } = 10;

    /// <summary>Number of best discrete choices whose dose per fraction is refined by golden-section search; ≥ 0.</summary>
    public int RefineTop { get; init => field = value >= 0 ? value : throw Bad("refine top", value); } = 3;

    /// <summary>Golden-section iterations per refined plan (each shrinks the dose bracket by 0.618); ≥ 0.</summary>
    public int RefineIterations { get; init => field = value >= 0 ? value : throw Bad("refine iterations", value); } = 8;

    /// <summary>Samples the refinement scores each dose on (the first ones, common to every dose); ≥ 1.</summary>
    public int RefineSamples { get; init => field = Positive(value, "refine samples"); } = 32;

    /// <summary>Plans reported in the ranking; ≥ 1.</summary>
    public int ReportedPlans { get; init => field = Positive(value, "reported plans"); } = 10;

    /// <summary>Top plans whose lesion curves with uncertainty bands are computed; ≥ 0.</summary>
    public int BandPlans { get; init => field = value >= 0 ? value : throw Bad("band plans", value); } = 3;

    private static int Positive(int value, string name) => value >= 1 ? value : throw Bad(name, value);

    private static ArgumentOutOfRangeException Bad(string name, object value) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} is out of range; got {value}."));
}
