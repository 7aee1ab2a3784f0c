namespace Abscopal.Modeling.Text.Internal;

/// <summary>Collects the problems found in one text, up to <see cref="Limit"/>, so a user sees several at once.</summary>
internal sealed class ParseErrors(string fileName)
{
    /// <summary>The most problems reported for one text; beyond this, later ones are mostly consequences of earlier ones.</summary>
    public const int Limit = 20;

    private readonly List<ModelParseError> _errors = [];

    /// <summary>Name of the file, as errors show it.</summary>
    public string FileName { get; } = fileName;

    /// <summary>Number of problems recorded.</summary>
    public int Count => _errors.Count;

    /// <summary>Whether no more problems are recorded.</summary>
    public bool IsFull => _errors.Count >= Limit;

    /// <summary>Records a problem at <paramref name="at"/> (ignored once full).</summary>
    public void Add(SourcePosition at, string message)
    {
        if (!IsFull)
        {
            _errors.Add(new ModelParseError(FileName, at.Line, at.Column, message));
        }
    }

    /// <summary>Records the problem a parser threw, unless it was already reported.</summary>
    public void Add(SyntaxErrorException error)
    {
        if (error.Detail is not null)
        {
            Add(error.Position, error.Detail);
        }
    }

    /// <summary>Throws the recorded problems, if any, in file order (the lexer, the parser and the checks find them in different orders).</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ModelParseException(_errors.OrderBy(e => e.Line).ThenBy(e => e.Column));
        }
    }
}
