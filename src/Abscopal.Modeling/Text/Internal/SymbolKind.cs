namespace Abscopal.Modeling.Text.Internal;

/// <summary>What a name turns out to be once the model is read.</summary>
internal enum SymbolKind
{
    /// <summary>Not yet known; a parameter at the end unless something says otherwise.</summary>
    Undetermined,

    /// <summary>A parameter.</summary>
    Parameter,

    /// <summary>A species.</summary>
    Species,

    /// <summary>A compartment.</summary>
    Compartment,

    /// <summary>A reaction.</summary>
    Reaction,

    /// <summary>An event.</summary>
    Event,

    /// <summary>A user-defined function.</summary>
    Function,

    /// <summary>The id of a species reference (a named stoichiometry).</summary>
    SpeciesReference,
}
