using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A conditional expression: the value of the first piece whose condition is true, else <see cref="Otherwise"/>.</summary>
/// <remarks>When no piece applies and there is no otherwise, the value is NaN (SBML leaves it undefined).</remarks>
public sealed class PiecewiseExpr : Expr
{
    private ImmutableArray<Expr> _children;

    internal PiecewiseExpr(ImmutableArray<PiecewisePiece> pieces, Expr? otherwise)
        : base(Hash(pieces, otherwise), SizeOf(pieces, otherwise))
    {
        if (pieces.IsEmpty && otherwise is null)
        {
            throw new ArgumentException("A piecewise expression needs at least one piece or an otherwise value.", nameof(pieces));
        }

        Pieces = pieces;
        Otherwise = otherwise;
    }

    /// <summary>The pieces, tested in order.</summary>
    public ImmutableArray<PiecewisePiece> Pieces { get; }

    /// <summary>The value when no condition is true, if any.</summary>
    public Expr? Otherwise { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Piecewise;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children
    {
        get
        {
            if (!_children.IsDefault)
            {
                return _children;
            }

            var builder = ImmutableArray.CreateBuilder<Expr>((2 * Pieces.Length) + (Otherwise is null ? 0 : 1));
            foreach (var p in Pieces)
            {
                builder.Add(p.Value);
                builder.Add(p.Condition);
            }

            if (Otherwise is not null)
            {
                builder.Add(Otherwise);
            }

            _children = builder.MoveToImmutable();
            return _children;
        }
    }

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children)
    {
        var pieces = ImmutableArray.CreateBuilder<PiecewisePiece>(Pieces.Length);
        for (var i = 0; i < Pieces.Length; i++)
        {
            pieces.Add(new PiecewisePiece(children[2 * i], children[(2 * i) + 1]));
        }

        return new PiecewiseExpr(pieces.MoveToImmutable(), Otherwise is null ? null : children[^1]);
    }

    private protected override bool EqualsSameKind(Expr other)
    {
        var o = (PiecewiseExpr)other;
        if (o.Pieces.Length != Pieces.Length || (o.Otherwise is null) != (Otherwise is null))
        {
            return false;
        }

        for (var i = 0; i < Pieces.Length; i++)
        {
            if (!o.Pieces[i].Value.Equals(Pieces[i].Value) || !o.Pieces[i].Condition.Equals(Pieces[i].Condition))
            {
                return false;
            }
        }

        return Otherwise is null || Otherwise.Equals(o.Otherwise);
    }

    private static int Hash(ImmutableArray<PiecewisePiece> pieces, Expr? otherwise)
    {
        var hash = HashCode.Combine(ExprKind.Piecewise, pieces.Length);
        foreach (var p in pieces)
        {
            hash = HashCode.Combine(hash, p.Value.GetHashCode(), p.Condition.GetHashCode());
        }

        return HashCode.Combine(hash, otherwise?.GetHashCode() ?? 0);
    }

    private static int SizeOf(ImmutableArray<PiecewisePiece> pieces, Expr? otherwise)
    {
        var size = 1 + (otherwise?.Size ?? 0);
        foreach (var p in pieces)
        {
            size += p.Value.Size + p.Condition.Size;
        }

        return size;
    }
}
