namespace Abscopal.Modeling.Text.Internal;

/// <summary>Where a formula names a symbol or calls a user-defined function, so that unknown names can be reported at their place.</summary>
/// <param name="Name">The name used.</param>
/// <param name="Position">Where it is written.</param>
/// <param name="ArgumentCount">Number of arguments of a call; -1 for a plain symbol.</param>
internal readonly record struct SymbolUse(string Name, SourcePosition Position, int ArgumentCount = -1)
{
    /// <summary>Whether this is a call of a user-defined function.</summary>
    public bool IsCall => ArgumentCount >= 0;
}
