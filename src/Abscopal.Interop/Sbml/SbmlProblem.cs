namespace Abscopal.Interop.Sbml;

/// <summary>A problem found in an SBML document: malformed input, or a feature Abscopal does not support.</summary>
/// <param name="Element">The element concerned, by kind and id (e.g. "&lt;species&gt; 'S1'").</param>
/// <param name="Line">1-based line of the element in the source, or 0 when unknown.</param>
/// <param name="Message">What is wrong and, where possible, what to do.</param>
/// <param name="Unsupported">True when the element is valid SBML that Abscopal refuses (a package, an unsupported construct); false for malformed or inconsistent input.</param>
public sealed record SbmlProblem(string Element, int Line, string Message, bool Unsupported)
{
    /// <inheritdoc/>
    public override string ToString() =>
        (Line > 0 ? $"line {Line}: " : string.Empty) + $"{Element}: {(Unsupported ? "not supported: " : string.Empty)}{Message}";
}
