namespace Abscopal.Modeling.Text.Internal;

/// <summary>A local parameter of a reaction, from "J0.k = value".</summary>
/// <param name="Name">The parameter's name token (the path's second part).</param>
/// <param name="Value">Its value.</param>
/// <param name="Position">Where the statement starts.</param>
internal sealed record LocalParameterSyntax(Token Name, double Value, SourcePosition Position);

/// <summary>What the path statements of a model say: metadata per element or part, and the local parameters of reactions.</summary>
internal sealed class PathResolution
{
    /// <summary>Metadata key of the model.</summary>
    public const string ModelKey = "#model";

    /// <summary>Metadata by key (see the key methods).</summary>
    public Dictionary<string, ElementMetadata> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Local parameters by reaction, in statement order.</summary>
    public Dictionary<ReactionSyntax, List<LocalParameterSyntax>> LocalParameters { get; } = [];

    /// <summary>Key of a unit definition.</summary>
    public static string UnitKey(string id) => "#unit:" + id;

    /// <summary>Key of the rule of a variable.</summary>
    public static string RuleKey(string variable) => variable + "#rule";

    /// <summary>Key of the initial assignment of a symbol.</summary>
    public static string InitialAssignmentKey(string symbol) => symbol + "#initialAssignment";

    /// <summary>Key of the kinetic law of a reaction.</summary>
    public static string KineticLawKey(string reaction) => reaction + "#kineticLaw";

    /// <summary>Key of a local parameter, or of an assignment of a named event (ids are unique, so the two never clash).</summary>
    public static string PartKey(string owner, string part) => owner + "." + part;

    /// <summary>Key of the species reference of <paramref name="species"/> in a reaction.</summary>
    public static string SpeciesReferenceKey(string reaction, string species) => reaction + "@" + species;

    /// <summary>The metadata stored under <paramref name="key"/>, or null.</summary>
    public ElementMetadata? Find(string key) => Metadata.GetValueOrDefault(key);

    /// <summary>The metadata stored under <paramref name="key"/>, created when missing.</summary>
    public ElementMetadata For(string key)
    {
        if (!Metadata.TryGetValue(key, out var metadata))
        {
            metadata = new ElementMetadata();
            Metadata.Add(key, metadata);
        }

        return metadata;
    }

    /// <summary>The local parameters of <paramref name="reaction"/> (empty when none).</summary>
    public IReadOnlyList<LocalParameterSyntax> LocalsOf(ReactionSyntax reaction) =>
        LocalParameters.TryGetValue(reaction, out var locals) ? locals : [];
}
