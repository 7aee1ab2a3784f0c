using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A call of a user-defined function (a model's function definition), inlined before compilation.</summary>
public sealed class CallExpr : Expr
{
    internal CallExpr(string name, ImmutableArray<Expr> arguments)
        : base(FunctionExpr.HashArguments(HashCode.Combine(ExprKind.Call, StringComparer.Ordinal.GetHashCode(name)), arguments), FunctionExpr.SizeOf(arguments))
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The id of the function definition.</summary>
    public string Name { get; }

    /// <summary>The arguments, in order.</summary>
    public ImmutableArray<Expr> Arguments { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Call;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => Arguments;

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => new CallExpr(Name, children);

    private protected override bool EqualsSameKind(Expr other)
    {
        var o = (CallExpr)other;
        return string.Equals(o.Name, Name, StringComparison.Ordinal) && o.Arguments.SequenceEqual(Arguments);
    }
}
