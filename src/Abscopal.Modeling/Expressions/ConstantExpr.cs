using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A numeric constant. Equality is by bit pattern, so NaN equals NaN and −0 differs from +0.</summary>
public sealed class ConstantExpr : Expr
{
    internal ConstantExpr(double value)
        : base(HashCode.Combine(ExprKind.Constant, BitConverter.DoubleToInt64Bits(value)), 1) => Value = value;

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Constant;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => [];

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => this;

    private protected override bool EqualsSameKind(Expr other) =>
        BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(((ConstantExpr)other).Value);
}
