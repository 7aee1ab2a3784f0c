namespace Abscopal.Modeling.Text.Internal;

/// <summary>A reactant or product as written: [stoichiometry or stoichiometry id] [$]species.</summary>
/// <param name="Species">The species' name token.</param>
/// <param name="Stoichiometry">The number written before it (1 when none).</param>
/// <param name="StoichiometryId">A name written before it instead of a number: the species reference's id, whose value is the stoichiometry.</param>
/// <param name="Boundary">Whether it is marked '$'.</param>
internal sealed record ParticipantSyntax(Token Species, double Stoichiometry, Token? StoichiometryId, bool Boundary);

/// <summary>A reaction statement: [id [in C]:] reactants -&gt; products [; rate [in C]].</summary>
internal sealed class ReactionSyntax(Token? id, SourcePosition position, int sequence)
{
    /// <summary>The id token, when the reaction is named.</summary>
    public Token? IdToken { get; } = id;

    /// <summary>The id: as written, or the automatic _J0, _J1, ... given when the model is assembled.</summary>
    public string? Id { get; set; } = id?.Text;

    /// <summary>Where the statement starts.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>The statement's number in the file.</summary>
    public int Sequence { get; } = sequence;

    /// <summary>The compartment named with 'in', if any.</summary>
    public Token? Compartment { get; set; }

    /// <summary>Species consumed.</summary>
    public List<ParticipantSyntax> Reactants { get; } = [];

    /// <summary>Species produced.</summary>
    public List<ParticipantSyntax> Products { get; } = [];

    /// <summary>True for '-&gt;', false for '=&gt;'.</summary>
    public bool Reversible { get; set; }

    /// <summary>The rate law after ';', if written.</summary>
    public FormulaSyntax? Rate { get; set; }

    /// <summary>The token found where the rate law was expected, when ';' was followed by nothing.</summary>
    public Token? MissingRate { get; set; }
}
