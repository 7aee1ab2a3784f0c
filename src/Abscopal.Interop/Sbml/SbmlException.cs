using System.Collections.Immutable;

namespace Abscopal.Interop.Sbml;

/// <summary>Thrown when an SBML document cannot be imported or a model cannot be exported; <see cref="Problems"/> lists every problem with its element and line.</summary>
public sealed class SbmlException : Exception
{
    /// <summary>Creates the exception from the problems found in <paramref name="sourceName"/>.</summary>
    public SbmlException(string sourceName, IEnumerable<SbmlProblem> problems)
        : this(sourceName, [.. problems])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public SbmlException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Problems = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SbmlException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Problems = [];
    }

    /// <summary>Creates an exception with a generic message.</summary>
    public SbmlException()
        : this("The SBML document cannot be used.")
    {
    }

    private SbmlException(string sourceName, ImmutableArray<SbmlProblem> problems)
        : base(Describe(sourceName, problems))
    {
        SourceName = sourceName;
        Problems = problems;
    }

    /// <summary>The file name or description of the document.</summary>
    public string SourceName { get; }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<SbmlProblem> Problems { get; }

    /// <summary>Whether every problem is a refusal of valid SBML that Abscopal does not support.</summary>
    public bool IsUnsupported => !Problems.IsEmpty && Problems.All(p => p.Unsupported);

    private static string Describe(string sourceName, ImmutableArray<SbmlProblem> problems) =>
        problems.Length == 1
            ? $"{sourceName}: {problems[0]}"
            : $"{sourceName}: {problems.Length} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
