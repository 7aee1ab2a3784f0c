namespace Abscopal.Modeling.Expressions;

/// <summary>One piece of a piecewise expression: <see cref="Value"/> applies when <see cref="Condition"/> is true (non-zero).</summary>
/// <param name="Value">The value of this piece.</param>
/// <param name="Condition">The condition under which the piece applies.</param>
public readonly record struct PiecewisePiece(Expr Value, Expr Condition);
