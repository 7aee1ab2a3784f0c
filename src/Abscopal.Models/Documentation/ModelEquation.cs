using Abscopal.Modeling.Expressions;

namespace Abscopal.Models.Documentation;

/// <summary>What an equation of the documentation states about its variable.</summary>
public enum EquationKind
{
    /// <summary>d(variable)/dt = right-hand side.</summary>
    Differential,

    /// <summary>variable = right-hand side at all times.</summary>
    Assignment,

    /// <summary>0 = right-hand side (no variable).</summary>
    Algebraic,
}

/// <summary>One equation of a model as the documentation shows it.</summary>
/// <param name="Variable">The variable it defines (empty for an algebraic rule).</param>
/// <param name="Kind">Differential, assignment or algebraic.</param>
/// <param name="RightHandSide">The formula.</param>
/// <param name="Source">Where the equation comes from, if recorded.</param>
public sealed record ModelEquation(string Variable, EquationKind Kind, Expr RightHandSide, string? Source);
