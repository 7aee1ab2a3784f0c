using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A unary operation.</summary>
public sealed class UnaryExpr : Expr
{
    private ImmutableArray<Expr> _children;

    internal UnaryExpr(UnaryOperator op, Expr operand)
        : base(HashCode.Combine(ExprKind.Unary, op, operand.GetHashCode()), operand.Size + 1)
    {
        Operator = op;
        Operand = operand;
    }

    /// <summary>The operator.</summary>
    public UnaryOperator Operator { get; }

    /// <summary>The operand.</summary>
    public Expr Operand { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Unary;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => _children.IsDefault ? (_children = [Operand]) : _children;

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => new UnaryExpr(Operator, children[0]);

    private protected override bool EqualsSameKind(Expr other)
    {
        var o = (UnaryExpr)other;
        return o.Operator == Operator && o.Operand.Equals(Operand);
    }
}
