using System.Collections.Immutable;

namespace Abscopal.Modeling;

/// <summary>Thrown when a model is not valid; <see cref="Diagnostics"/> lists every problem found.</summary>
public sealed class ModelValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ModelValidationException(string modelId, IEnumerable<ModelDiagnostic> diagnostics)
        : base(Describe(modelId, [.. diagnostics]))
    {
        ModelId = modelId;
        Diagnostics = [.. diagnostics];
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ModelValidationException(string message)
        : base(message)
    {
        ModelId = string.Empty;
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ModelValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModelId = string.Empty;
        Diagnostics = [];
    }

    /// <summary>Creates an empty exception.</summary>
    public ModelValidationException()
        : this("The model is not valid.")
    {
    }

    /// <summary>Id of the model.</summary>
    public string ModelId { get; }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ModelDiagnostic> Diagnostics { get; }

    private static string Describe(string modelId, ImmutableArray<ModelDiagnostic> diagnostics) =>
        diagnostics.Length == 1
            ? $"Model '{modelId}': {diagnostics[0]}"
            : $"Model '{modelId}' has {diagnostics.Length} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d));
}
