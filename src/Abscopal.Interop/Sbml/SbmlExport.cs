using System.Collections.Immutable;

namespace Abscopal.Interop.Sbml;

/// <summary>A model written as SBML Level 3 Version 2, with what could not be expressed.</summary>
/// <param name="Xml">The SBML document, UTF-8 XML text.</param>
public sealed record SbmlExport(string Xml)
{
    /// <summary>What the document leaves out (e.g. unit strings SBML cannot express), one line each; the simulation is unaffected.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
