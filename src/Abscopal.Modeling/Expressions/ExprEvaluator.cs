namespace Abscopal.Modeling.Expressions;

/// <summary>Evaluates expressions by walking the tree: the reference semantics the compiler must reproduce bit for bit.</summary>
/// <remarks>Used for one-off evaluations (initial values, event delays) and to test the compiler; too slow for right-hand sides.</remarks>
public static class ExprEvaluator
{
    /// <summary>Evaluates <paramref name="expr"/> at <paramref name="time"/>, reading symbols from <paramref name="symbol"/>.</summary>
    /// <param name="expr">The expression; user-defined calls must already be inlined.</param>
    /// <param name="time">The value of model time.</param>
    /// <param name="symbol">The value of each symbol by id; throw for unknown ids.</param>
    public static double Evaluate(Expr expr, double time, Func<string, double> symbol)
    {
        switch (expr)
        {
            case ConstantExpr c:
                return c.Value;
            case SymbolExpr s:
                return symbol(s.Name);
            case TimeExpr:
                return time;
            case UnaryExpr u:
                var operand = Evaluate(u.Operand, time, symbol);
                return u.Operator == UnaryOperator.Negate ? -operand : Truth(operand == 0.0);
            case BinaryExpr b:
                return Binary(b.Operator, Evaluate(b.Left, time, symbol), Evaluate(b.Right, time, symbol));
            case FunctionExpr f:
                return Function(f, time, symbol);
            case PiecewiseExpr p:
                foreach (var piece in p.Pieces)
                {
                    if (Evaluate(piece.Condition, time, symbol) != 0.0)
                    {
                        return Evaluate(piece.Value, time, symbol);
                    }
                }

                return p.Otherwise is null ? double.NaN : Evaluate(p.Otherwise, time, symbol);
            case CallExpr call:
                throw new InvalidOperationException($"The call of function '{call.Name}' must be inlined before evaluation.");
            default:
                throw new InvalidOperationException($"Unknown expression node {expr.GetType().Name}.");
        }
    }

    /// <summary>Applies a binary operator with the semantics shared by interpreter and compiler.</summary>
    public static double Binary(BinaryOperator op, double a, double b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        BinaryOperator.Divide => a / b,
        BinaryOperator.Power => MathFunctions.Power(a, b),
        BinaryOperator.Less => Truth(a < b),
        BinaryOperator.LessOrEqual => Truth(a <= b),
        BinaryOperator.Greater => Truth(a > b),
        BinaryOperator.GreaterOrEqual => Truth(a >= b),
        BinaryOperator.Equal => Truth(a == b),
        BinaryOperator.NotEqual => Truth(a != b),
        BinaryOperator.And => Truth(a != 0.0 && b != 0.0),
        BinaryOperator.Or => Truth(a != 0.0 || b != 0.0),
        BinaryOperator.Xor => Truth((a != 0.0) ^ (b != 0.0)),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static double Function(FunctionExpr f, double time, Func<string, double> symbol)
    {
        var args = f.Arguments;
        switch (f.Function)
        {
            case MathFunction.Min or MathFunction.Max:
                var acc = Evaluate(args[0], time, symbol);
                for (var i = 1; i < args.Length; i++)
                {
                    acc = MathFunctions.Evaluate(f.Function, acc, Evaluate(args[i], time, symbol));
                }

                return acc;
            case MathFunction.Delay or MathFunction.RateOf:
                throw new NotSupportedException($"{MathFunctions.Name(f.Function)}() cannot be evaluated here: it needs the solution history.");
            default:
                return args.Length == 1
                    ? MathFunctions.Evaluate(f.Function, Evaluate(args[0], time, symbol))
                    : MathFunctions.Evaluate(f.Function, Evaluate(args[0], time, symbol), Evaluate(args[1], time, symbol));
        }
    }

    private static double Truth(bool value) => value ? 1.0 : 0.0;
}
