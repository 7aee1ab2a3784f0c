namespace Abscopal.Interop.Scenarios;

/// <summary>What the reader checks beyond the file itself.</summary>
public sealed record ScenarioReaderOptions
{
    /// <summary>Default options: any model id accepted, model paths resolved against the current directory.</summary>
    public static ScenarioReaderOptions Default { get; } = new();

    /// <summary>Model ids that exist (e.g. from the model library); null accepts any id.</summary>
    public IReadOnlyCollection<string>? KnownModels { get; init; }

    /// <summary>Directory against which a relative model path is resolved and checked; null resolves against the current directory without checking that the file exists.</summary>
    public string? BaseDirectory { get; init; }
}
