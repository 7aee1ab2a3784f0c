using System.Collections.Immutable;
using Abscopal.Modeling;

namespace Abscopal.Interop.Sbml;

/// <summary>An SBML document read into the model IR, with what the reader noticed on the way.</summary>
/// <param name="SourceName">The file name or description of the document.</param>
/// <param name="Level">SBML level (2 or 3).</param>
/// <param name="Version">SBML version within the level.</param>
/// <param name="Model">The model, as far as it could be read.</param>
public sealed record SbmlDocument(string SourceName, int Level, int Version, Model Model)
{
    /// <summary>SBML Level 3 packages the document declares (e.g. "comp", "fbc"), with "(required)" where it says so.</summary>
    public ImmutableArray<string> Packages { get; init; } = [];

    /// <summary>Things read but ignored on purpose (e.g. an element with no math, constraints, optional packages), one line each.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>SBML ids the IR reserves (only "time"), with the id they have in <see cref="Model"/>.</summary>
    public ImmutableDictionary<string, string> RenamedIds { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The IR id of an SBML id: itself unless it was renamed.</summary>
    public string ModelId(string sbmlId) => RenamedIds.GetValueOrDefault(sbmlId, sbmlId);

    /// <summary>Malformed or unsupported elements; empty when the import succeeded.</summary>
    public ImmutableArray<SbmlProblem> Problems { get; init; } = [];
}
