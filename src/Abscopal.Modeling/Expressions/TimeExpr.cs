using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>Model time (in the model's time unit; days for Abscopal's own models).</summary>
public sealed class TimeExpr : Expr
{
    private TimeExpr()
        : base(HashCode.Combine(ExprKind.Time), 1)
    {
    }

    internal static TimeExpr Instance { get; } = new();

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Time;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => [];

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => this;

    private protected override bool EqualsSameKind(Expr other) => true;
}
