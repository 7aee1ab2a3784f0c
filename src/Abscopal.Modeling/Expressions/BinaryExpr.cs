using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A binary operation: arithmetic, relational or logical.</summary>
public sealed class BinaryExpr : Expr
{
    private ImmutableArray<Expr> _children;

    internal BinaryExpr(BinaryOperator op, Expr left, Expr right)
        : base(HashCode.Combine(ExprKind.Binary, op, left.GetHashCode(), right.GetHashCode()), left.Size + right.Size + 1)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public Expr Left { get; }

    /// <summary>The right operand.</summary>
    public Expr Right { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Binary;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => _children.IsDefault ? (_children = [Left, Right]) : _children;

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => new BinaryExpr(Operator, children[0], children[1]);

    private protected override bool EqualsSameKind(Expr other)
    {
        var o = (BinaryExpr)other;
        return o.Operator == Operator && o.Left.Equals(Left) && o.Right.Equals(Right);
    }
}
