using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A reference to a named symbol: a species, compartment, parameter, reaction or rule variable.</summary>
public sealed class SymbolExpr : Expr
{
    internal SymbolExpr(string name)
        : base(HashCode.Combine(ExprKind.Symbol, StringComparer.Ordinal.GetHashCode(name)), 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The symbol's id.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Symbol;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => [];

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => this;

    private protected override bool EqualsSameKind(Expr other) => string.Equals(Name, ((SymbolExpr)other).Name, StringComparison.Ordinal);
}
