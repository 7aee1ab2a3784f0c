using System.Collections.Immutable;

namespace Abscopal.Modeling.Text;

/// <summary>Thrown when a text model or expression cannot be read; <see cref="Errors"/> lists every problem found (up to 20), the first one being the message.</summary>
public sealed class ModelParseException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one), in the order they should be shown.</summary>
    public ModelParseException(IEnumerable<ModelParseError> errors)
        : this(errors?.ToImmutableArray() ?? [])
    {
    }

    /// <summary>Creates the exception with a message only (no position).</summary>
    public ModelParseException(string message)
        : base(message)
    {
        FileName = string.Empty;
        Errors = [];
    }

    /// <summary>Creates the exception with a message and inner exception (no position).</summary>
    public ModelParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Errors = [];
    }

    /// <summary>Creates an exception without details.</summary>
    public ModelParseException()
        : this("The text model could not be read.")
    {
    }

    private ModelParseException(ImmutableArray<ModelParseError> errors)
        : base(errors.IsDefaultOrEmpty ? "The text model could not be read." : errors[0].ToString())
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one error is needed.", nameof(errors));
        }

        Errors = errors;
        FileName = errors[0].FileName;
        Line = errors[0].Line;
        Column = errors[0].Column;
    }

    /// <summary>Name of the file of the first error.</summary>
    public string FileName { get; }

    /// <summary>1-based line of the first error (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>1-based column of the first error (0 when unknown).</summary>
    public int Column { get; }

    /// <summary>Every problem found, in file order for syntax errors (at most 20).</summary>
    public ImmutableArray<ModelParseError> Errors { get; }
}
