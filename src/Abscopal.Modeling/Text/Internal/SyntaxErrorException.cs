namespace Abscopal.Modeling.Text.Internal;

/// <summary>Unwinds the parser from a malformed statement to the statement loop, which records it and skips to the next statement.</summary>
/// <remarks>A null <see cref="Detail"/> means the problem was already reported (the lexer's invalid tokens).</remarks>
internal sealed class SyntaxErrorException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="position"/>.</summary>
    public SyntaxErrorException(SourcePosition position, string? detail)
        : base(detail ?? "already reported")
    {
        Position = position;
        Detail = detail;
    }

    /// <summary>Creates an exception without details.</summary>
    public SyntaxErrorException()
        : this(SourcePosition.Start, null)
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public SyntaxErrorException(string message)
        : this(SourcePosition.Start, message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public SyntaxErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
    }

    /// <summary>Where the problem is.</summary>
    public SourcePosition Position { get; }

    /// <summary>What is wrong, or null when already reported.</summary>
    public string? Detail { get; }
}
