using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>A call of a built-in mathematical function.</summary>
public sealed class FunctionExpr : Expr
{
    internal FunctionExpr(MathFunction function, ImmutableArray<Expr> arguments)
        : base(HashArguments(HashCode.Combine(ExprKind.Function, function), arguments), SizeOf(arguments))
    {
        var (min, max) = MathFunctions.Arity(function);
        if (arguments.Length < min || arguments.Length > max)
        {
            throw new ArgumentException(
                $"{MathFunctions.Name(function)} takes {MathFunctions.DescribeArity(function)}, not {arguments.Length}.",
                nameof(arguments));
        }

        Function = function;
        Arguments = arguments;
    }

    /// <summary>The function.</summary>
    public MathFunction Function { get; }

    /// <summary>The arguments, in order.</summary>
    public ImmutableArray<Expr> Arguments { get; }

    /// <inheritdoc/>
    public override ExprKind Kind => ExprKind.Function;

    /// <inheritdoc/>
    public override ImmutableArray<Expr> Children => Arguments;

    /// <inheritdoc/>
    public override Expr WithChildren(ImmutableArray<Expr> children) => new FunctionExpr(Function, children);

    private protected override bool EqualsSameKind(Expr other)
    {
        var o = (FunctionExpr)other;
        return o.Function == Function && o.Arguments.SequenceEqual(Arguments);
    }

    internal static int HashArguments(int seed, ImmutableArray<Expr> arguments)
    {
        var hash = seed;
        foreach (var a in arguments)
        {
            hash = HashCode.Combine(hash, a.GetHashCode());
        }

        return hash;
    }

    internal static int SizeOf(ImmutableArray<Expr> arguments)
    {
        var size = 1;
        foreach (var a in arguments)
        {
            size += a.Size;
        }

        return size;
    }
}
