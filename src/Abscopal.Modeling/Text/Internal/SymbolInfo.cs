namespace Abscopal.Modeling.Text.Internal;

/// <summary>Everything the statements of a model say about one name, gathered before the model is built (Antimony lets a name be used before it is defined).</summary>
internal sealed class SymbolInfo(string id, int order, SourcePosition position)
{
    /// <summary>The name.</summary>
    public string Id { get; } = id;

    /// <summary>Rank of its first defining statement: the order of the model's lists.</summary>
    public int Order { get; } = order;

    /// <summary>Where it is first defined.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>What it is.</summary>
    public SymbolKind Kind { get; set; }

    /// <summary>Where its kind was settled, for conflict messages.</summary>
    public SourcePosition KindPosition { get; set; }

    /// <summary>True after 'const', false after 'var', null when neither was written.</summary>
    public bool? DeclaredConstant { get; set; }

    /// <summary>Whether it was marked '$' (a boundary species).</summary>
    public bool Boundary { get; set; }

    /// <summary>Whether it was declared substanceOnly (its symbol means the amount).</summary>
    public bool SubstanceOnly { get; set; }

    /// <summary>The compartment named with 'in', if any.</summary>
    public Token? Compartment { get; set; }

    /// <summary>The last 'x = formula' (a later one replaces an earlier one).</summary>
    public FormulaSyntax? Initial { get; set; }

    /// <summary>Where that statement starts.</summary>
    public SourcePosition InitialPosition { get; set; }

    /// <summary>Its assignment and rate rules, in order (more than one is an error the validator reports).</summary>
    public List<RuleSyntax> Rules { get; } = [];

    /// <summary>Whether an event assigns it.</summary>
    public bool EventTarget { get; set; }

    /// <summary>Whether it is a reactant or product of a reaction.</summary>
    public bool Participant { get; set; }

    /// <summary>The reaction it names, if any.</summary>
    public ReactionSyntax? Reaction { get; set; }

    /// <summary>The event it names, if any.</summary>
    public EventSyntax? Event { get; set; }

    /// <summary>The function it names, if any.</summary>
    public FunctionSyntax? Function { get; set; }

    /// <summary>Whether rules or events change it (so it is not constant unless declared so).</summary>
    public bool Targeted => Rules.Count > 0 || EventTarget;
}
