namespace Abscopal.Modeling.Text.Internal;

/// <summary>The kinds of rule statements.</summary>
internal enum RuleKind
{
    /// <summary>x := formula.</summary>
    Assignment,

    /// <summary>x' = formula.</summary>
    Rate,

    /// <summary>0 = formula.</summary>
    Algebraic,
}

/// <summary>A rule statement.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Variable">The variable it defines (none for an algebraic rule).</param>
/// <param name="Math">The formula.</param>
/// <param name="Position">Where the statement starts.</param>
internal sealed record RuleSyntax(RuleKind Kind, Token? Variable, FormulaSyntax Math, SourcePosition Position);
