namespace Abscopal.Storage;

/// <summary>Filters for <see cref="RunStore.List"/>; null fields do not filter. Results come newest first.</summary>
public sealed record RunQuery
{
    /// <summary>Only runs of this command.</summary>
    public string? Command { get; init; }

    /// <summary>Only runs of this model.</summary>
    public string? Model { get; init; }

    /// <summary>Only runs whose input hash starts with this (lower-case hex) prefix.</summary>
    public string? InputHashPrefix { get; init; }

    /// <summary>Only runs started at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only runs started before this instant.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>At most this many runs (≥ 1), or null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>No filter: every run, newest first.</summary>
    public static RunQuery All { get; } = new();
}
