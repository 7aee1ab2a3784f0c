using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>An immutable mathematical expression tree with structural equality.</summary>
/// <remarks>
/// Factory methods build nodes exactly as written (no rewriting), so a model keeps the user's
/// formulas; <see cref="ExprSimplifier"/> and <see cref="ExprDerivative"/> produce simplified trees.
/// Truth values are numbers: relational and logical nodes yield 1 (true) or 0 (false), and a
/// condition is true when it is non-zero.
/// </remarks>
public abstract class Expr : IEquatable<Expr>
{
    private readonly int _hash;

    private protected Expr(int hash, int size)
    {
        _hash = hash;
        Size = size;
    }

    /// <summary>The kind of this node.</summary>
    public abstract ExprKind Kind { get; }

    /// <summary>Number of nodes in this tree (shared subtrees counted each time they occur).</summary>
    public int Size { get; }

    /// <summary>Set once <see cref="ExprSimplifier"/> has produced this node, so later simplifications stop here.</summary>
    /// <remarks>Simplification is deterministic and the tree immutable, so the flag only ever goes from false to true.</remarks>
    internal bool IsSimplified { get; set; }

    /// <summary>The constant 0.</summary>
    public static ConstantExpr Zero { get; } = new(0.0);

    /// <summary>The constant 1.</summary>
    public static ConstantExpr One { get; } = new(1.0);

    /// <summary>Model time.</summary>
    public static TimeExpr Time { get; } = TimeExpr.Instance;

    /// <summary>A numeric constant.</summary>
    public static ConstantExpr Constant(double value) => value switch
    {
        0.0 when !double.IsNegative(value) => Zero,
        1.0 => One,
        _ => new ConstantExpr(value),
    };

    /// <summary>A reference to the symbol with the given id.</summary>
    public static SymbolExpr Symbol(string name) => new(name);

    /// <summary>a + b.</summary>
    public static Expr Add(Expr left, Expr right) => new BinaryExpr(BinaryOperator.Add, left, right);

    /// <summary>a − b.</summary>
    public static Expr Subtract(Expr left, Expr right) => new BinaryExpr(BinaryOperator.Subtract, left, right);

    /// <summary>a × b.</summary>
    public static Expr Multiply(Expr left, Expr right) => new BinaryExpr(BinaryOperator.Multiply, left, right);

    /// <summary>a ÷ b.</summary>
    public static Expr Divide(Expr left, Expr right) => new BinaryExpr(BinaryOperator.Divide, left, right);

    /// <summary>a raised to the power b.</summary>
    public static Expr Power(Expr left, Expr right) => new BinaryExpr(BinaryOperator.Power, left, right);

    /// <summary>−a.</summary>
    public static Expr Negate(Expr operand) => new UnaryExpr(UnaryOperator.Negate, operand);

    /// <summary>Logical not.</summary>
    public static Expr Not(Expr operand) => new UnaryExpr(UnaryOperator.Not, operand);

    /// <summary>A binary operation of any kind.</summary>
    public static Expr Binary(BinaryOperator op, Expr left, Expr right) => new BinaryExpr(op, left, right);

    /// <summary>A call of a built-in function.</summary>
    public static Expr Call(MathFunction function, params ReadOnlySpan<Expr> arguments) =>
        new FunctionExpr(function, [.. arguments]);

    /// <summary>A call of a user-defined function.</summary>
    public static Expr Call(string name, params ReadOnlySpan<Expr> arguments) => new CallExpr(name, [.. arguments]);

    /// <summary>A piecewise expression: the first piece whose condition is true, else <paramref name="otherwise"/> (NaN when absent and no piece applies).</summary>
    public static Expr Piecewise(IEnumerable<PiecewisePiece> pieces, Expr? otherwise) => new PiecewiseExpr([.. pieces], otherwise);

    /// <summary>a + b.</summary>
    public static Expr operator +(Expr left, Expr right) => Add(left, right);

    /// <summary>a − b.</summary>
    public static Expr operator -(Expr left, Expr right) => Subtract(left, right);

    /// <summary>a × b.</summary>
    public static Expr operator *(Expr left, Expr right) => Multiply(left, right);

    /// <summary>a ÷ b.</summary>
    public static Expr operator /(Expr left, Expr right) => Divide(left, right);

    /// <summary>−a.</summary>
    public static Expr operator -(Expr operand) => Negate(operand);

    /// <summary>A numeric constant.</summary>
    public static implicit operator Expr(double value) => Constant(value);

    /// <summary>Structural equality.</summary>
    public static bool operator ==(Expr? left, Expr? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(Expr? left, Expr? right) => !(left == right);

    /// <summary>Named alternative for the implicit conversion from double.</summary>
    public static Expr FromDouble(double value) => Constant(value);

    /// <summary>The direct children of this node, in order.</summary>
    public abstract ImmutableArray<Expr> Children { get; }

    /// <summary>A copy of this node with its children replaced (same count and order as <see cref="Children"/>).</summary>
    public abstract Expr WithChildren(ImmutableArray<Expr> children);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Expr other && Equals(other);

    /// <summary>Structural equality: same shape, operators, names and constant bit patterns.</summary>
    public bool Equals(Expr? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._hash != _hash || other.Kind != Kind || other.Size != Size)
        {
            return false;
        }

        return EqualsSameKind(other);
    }

    /// <summary>Compares with a node of the same kind, hash and size.</summary>
    private protected abstract bool EqualsSameKind(Expr other);

    /// <summary>The infix text of this expression, in the text model format.</summary>
    public override string ToString() => ExprFormatter.Format(this);

    /// <summary>Whether this is the constant <paramref name="value"/>.</summary>
    public bool IsConstant(double value) => this is ConstantExpr c && c.Value.Equals(value);

    /// <summary>Whether any node of this tree is time.</summary>
    public bool DependsOnTime() => Any(static e => e.Kind == ExprKind.Time);

    /// <summary>Whether any node of this tree refers to the symbol <paramref name="name"/>.</summary>
    public bool DependsOn(string name) => Any(e => e is SymbolExpr s && s.Name == name);

    /// <summary>Whether any node satisfies <paramref name="predicate"/> (pre-order, stops at the first match).</summary>
    public bool Any(Func<Expr, bool> predicate)
    {
        if (predicate(this))
        {
            return true;
        }

        foreach (var child in Children)
        {
            if (child.Any(predicate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The distinct symbol names this tree refers to, in order of first occurrence.</summary>
    public IReadOnlyList<string> Symbols()
    {
        var seen = new List<string>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        Visit(this);
        return seen;

        void Visit(Expr e)
        {
            if (e is SymbolExpr s)
            {
                if (set.Add(s.Name))
                {
                    seen.Add(s.Name);
                }

                return;
            }

            foreach (var child in e.Children)
            {
                Visit(child);
            }
        }
    }

    /// <summary>Rebuilds the tree bottom-up, replacing each node for which <paramref name="replace"/> returns non-null.</summary>
    /// <remarks>The replacement is not visited again; unchanged subtrees are shared with the original.</remarks>
    public Expr Rewrite(Func<Expr, Expr?> replace)
    {
        var replaced = replace(this);
        if (replaced is not null)
        {
            return replaced;
        }

        var children = Children;
        if (children.IsEmpty)
        {
            return this;
        }

        ImmutableArray<Expr>.Builder? builder = null;
        for (var i = 0; i < children.Length; i++)
        {
            var newChild = children[i].Rewrite(replace);
            if (builder is null && !ReferenceEquals(newChild, children[i]))
            {
                builder = ImmutableArray.CreateBuilder<Expr>(children.Length);
                for (var j = 0; j < i; j++)
                {
                    builder.Add(children[j]);
                }
            }

            builder?.Add(newChild);
        }

        return builder is null ? this : WithChildren(builder.MoveToImmutable());
    }

    /// <summary>Replaces symbols by expressions (symbols absent from <paramref name="substitutions"/> stay).</summary>
    public Expr Substitute(IReadOnlyDictionary<string, Expr> substitutions) =>
        Rewrite(e => e is SymbolExpr s && substitutions.TryGetValue(s.Name, out var value) ? value : null);
}
