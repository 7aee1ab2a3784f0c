namespace Abscopal.Storage;

/// <summary>A run as stored: everything in <see cref="NewRun"/> plus its id and input hash.</summary>
public sealed record RunRecord
{
    /// <summary>The run's id, assigned by the store (1, 2, …; never reused).</summary>
    public required long Id { get; init; }

    /// <summary>SHA-256 of the canonical input JSON (RFC 8785), as 64 lower-case hex digits.</summary>
    public required string InputHash { get; init; }

    /// <summary>The command that ran.</summary>
    public required string Command { get; init; }

    /// <summary>The run's inputs as the JSON document recorded.</summary>
    public required string InputJson { get; init; }

    /// <summary>When the run started, in UTC.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The model's name, or null.</summary>
    public string? Model { get; init; }

    /// <summary>The model's version, or null.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The version of the abscopal tool that ran, or null.</summary>
    public string? ToolVersion { get; init; }

    /// <summary>The random seed, or null.</summary>
    public long? Seed { get; init; }

    /// <summary>The user's label, or null.</summary>
    public string? Label { get; init; }

    /// <summary>Wall-clock durations of the run's phases, in seconds, in the order recorded.</summary>
    public IReadOnlyList<RunTiming> Timings { get; init; } = [];

    /// <summary>Summary results as the JSON document recorded.</summary>
    public string SummaryJson { get; init; } = "{}";

    /// <summary>Paths of the files the run wrote, in the order recorded.</summary>
    public IReadOnlyList<string> OutputPaths { get; init; } = [];

    /// <summary>The total of <see cref="Timings"/>, in seconds.</summary>
    public double TotalSeconds => Timings.Sum(t => t.Seconds);
}
