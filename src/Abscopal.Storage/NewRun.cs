namespace Abscopal.Storage;

/// <summary>What a finished run hands to <see cref="RunStore.Record"/>: its inputs, provenance, timings, summary and outputs.</summary>
public sealed record NewRun
{
    /// <summary>The command that ran, e.g. "simulate" or "trial".</summary>
    public required string Command { get; init; }

    /// <summary>The run's inputs as a JSON document (e.g. the scenario); hashed after canonicalisation.</summary>
    public required string InputJson { get; init; }

    /// <summary>When the run started (stored in UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The model's name, or null when the command ran none.</summary>
    public string? Model { get; init; }

    /// <summary>The model's version (or content hash), or null.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The version of the abscopal tool that ran.</summary>
    public string? ToolVersion { get; init; }

    /// <summary>The random seed, or null for a deterministic run that draws none.</summary>
    public long? Seed { get; init; }

    /// <summary>A short free-text label the user gave the run, or null.</summary>
    public string? Label { get; init; }

    /// <summary>Wall-clock durations of the run's phases, in seconds, in the order they ran.</summary>
    public IReadOnlyList<RunTiming> Timings { get; init; } = [];

    /// <summary>Summary results as a JSON document (e.g. best response per lesion); "{}" when there are none.</summary>
    public string SummaryJson { get; init; } = "{}";

    /// <summary>Paths of the files the run wrote (plots, CSV, JSON, report.html).</summary>
    public IReadOnlyList<string> OutputPaths { get; init; } = [];
}
