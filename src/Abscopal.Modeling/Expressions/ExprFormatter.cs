using System.Globalization;
using System.Text;

namespace Abscopal.Modeling.Expressions;

/// <summary>Writes expressions as infix text in the text model format, with the fewest parentheses that keep the tree.</summary>
public static class ExprFormatter
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int EqualityLevel = 3;
    private const int RelationalLevel = 4;
    private const int AdditiveLevel = 5;
    private const int MultiplicativeLevel = 6;
    private const int UnaryLevel = 7;
    private const int PowerLevel = 8;
    private const int AtomLevel = 9;

    /// <summary>The infix text of <paramref name="expr"/>.</summary>
    public static string Format(Expr expr)
    {
        var sb = new StringBuilder();
        Write(sb, expr, 0);
        return sb.ToString();
    }

    /// <summary>A number as the text format writes it: shortest round-trip form, invariant culture, "inf" and "NaN" for the specials.</summary>
    public static string FormatNumber(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "inf"
        : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    private static int Level(Expr e) => e switch
    {
        ConstantExpr c => double.IsNegative(c.Value) && !double.IsNaN(c.Value) ? UnaryLevel : AtomLevel,
        UnaryExpr => UnaryLevel,
        BinaryExpr b => b.Operator switch
        {
            BinaryOperator.Or => OrLevel,
            BinaryOperator.And => AndLevel,
            BinaryOperator.Equal or BinaryOperator.NotEqual => EqualityLevel,
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => RelationalLevel,
            BinaryOperator.Add or BinaryOperator.Subtract => AdditiveLevel,
            BinaryOperator.Multiply or BinaryOperator.Divide => MultiplicativeLevel,
            BinaryOperator.Power => PowerLevel,
            _ => AtomLevel, // xor is written as a function call
        },
        _ => AtomLevel,
    };

    private static void Write(StringBuilder sb, Expr e, int minLevel)
    {
        var level = Level(e);
        var parens = level < minLevel;
        if (parens)
        {
            sb.Append('(');
        }

        switch (e)
        {
            case ConstantExpr c:
                sb.Append(FormatNumber(c.Value));
                break;
            case SymbolExpr s:
                sb.Append(s.Name);
                break;
            case TimeExpr:
                sb.Append("time");
                break;
            case UnaryExpr { Operator: UnaryOperator.Negate, Operand: ConstantExpr c } when !double.IsNaN(c.Value) && !double.IsNegative(c.Value):
                // "-3" is the constant −3 (the parser folds a minus into a number literal), so negating a number needs "-(3)".
                sb.Append("-(").Append(FormatNumber(c.Value)).Append(')');
                break;
            case UnaryExpr u:
                sb.Append(u.Operator == UnaryOperator.Negate ? "-" : "!");
                Write(sb, u.Operand, UnaryLevel);
                break;
            case BinaryExpr { Operator: BinaryOperator.Xor } x:
                sb.Append("xor(");
                Write(sb, x.Left, 0);
                sb.Append(", ");
                Write(sb, x.Right, 0);
                sb.Append(')');
                break;
            case BinaryExpr b when b.Operator == BinaryOperator.Power:
                // Right-associative: a^b^c is a^(b^c); a negative exponent is parenthesised.
                Write(sb, b.Left, PowerLevel + 1);
                sb.Append('^');
                Write(sb, b.Right, PowerLevel);
                break;
            case BinaryExpr b:
                Write(sb, b.Left, level);
                sb.Append(Symbol(b.Operator));
                Write(sb, b.Right, level + 1);
                break;
            case FunctionExpr f:
                WriteCall(sb, MathFunctions.Name(f.Function), f.Arguments);
                break;
            case CallExpr call:
                WriteCall(sb, call.Name, call.Arguments);
                break;
            case PiecewiseExpr p:
                WriteCall(sb, "piecewise", p.Children);
                break;
            default:
                throw new InvalidOperationException($"Unknown expression node {e.GetType().Name}.");
        }

        if (parens)
        {
            sb.Append(')');
        }
    }

    private static void WriteCall(StringBuilder sb, string name, IReadOnlyList<Expr> arguments)
    {
        sb.Append(name).Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Write(sb, arguments[i], 0);
        }

        sb.Append(')');
    }

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => " + ",
        BinaryOperator.Subtract => " - ",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Less => " < ",
        BinaryOperator.LessOrEqual => " <= ",
        BinaryOperator.Greater => " > ",
        BinaryOperator.GreaterOrEqual => " >= ",
        BinaryOperator.Equal => " == ",
        BinaryOperator.NotEqual => " != ",
        BinaryOperator.And => " && ",
        BinaryOperator.Or => " || ",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
