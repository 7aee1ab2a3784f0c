namespace Abscopal.Reporting.Html;

/// <summary>Where a report's numbers came from: tool and model versions, seed, input hash and timings.</summary>
public sealed record ReportProvenance
{
    /// <summary>The abscopal version that made the report.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The model's name, or null.</summary>
    public string? Model { get; init; }

    /// <summary>The model's version, or null.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The random seed, or null when the run drew no random numbers.</summary>
    public long? Seed { get; init; }

    /// <summary>SHA-256 of the canonical inputs (64 hex digits), or null.</summary>
    public string? InputHash { get; init; }

    /// <summary>Durations of the run's phases, in seconds.</summary>
    public IReadOnlyList<ReportTiming> Timings { get; init; } = [];
}
