using System.Globalization;
using System.Text;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Models.Documentation;

/// <summary>Writes expression trees as LaTeX math (fractions, Greek letters, subscripts) for the model pages.</summary>
/// <remarks>Parentheses follow the same precedence levels as <see cref="ExprFormatter"/>, so the rendered formula keeps the tree.</remarks>
public static class LatexFormatter
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int RelationalLevel = 3;
    private const int AdditiveLevel = 4;
    private const int MultiplicativeLevel = 5;
    private const int UnaryLevel = 6;
    private const int PowerLevel = 7;
    private const int AtomLevel = 8;

    private static readonly HashSet<string> s_greek = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    };

    /// <summary>The LaTeX text of <paramref name="expr"/> (without surrounding $ signs).</summary>
    public static string Format(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var sb = new StringBuilder();
        Write(sb, expr, 0);
        return sb.ToString();
    }

    /// <summary>The LaTeX form of a symbol id: Greek names become letters, "k_LN" becomes k with subscript LN, longer names are upright.</summary>
    public static string Symbol(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var underscore = id.IndexOf('_', StringComparison.Ordinal);
        if (underscore > 0 && underscore < id.Length - 1)
        {
            return $"{Base(id[..underscore])}_{{{Subscript(id[(underscore + 1)..])}}}";
        }

        return Base(id);
    }

    /// <summary>A number in LaTeX: plain decimals for moderate magnitudes, a × 10^k otherwise.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return @"\mathrm{NaN}";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? @"\infty" : @"-\infty";
        }

        var abs = Math.Abs(value);
        if (abs == 0 || (abs >= 1e-3 && abs < 1e5))
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("E15", CultureInfo.InvariantCulture);
        var exponent = int.Parse(text[(text.IndexOf('E', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
        var mantissa = value / Math.Pow(10, exponent);
        var mantissaText = Math.Round(mantissa, 12).ToString("R", CultureInfo.InvariantCulture);
        return mantissaText == "1" ? $"10^{{{exponent}}}" : $@"{mantissaText} \times 10^{{{exponent}}}";
    }

    private static string Base(string name) =>
        s_greek.Contains(name) ? "\\" + name
        : name.Length == 1 ? name
        : $@"\mathrm{{{Escape(name)}}}";

    private static string Subscript(string text) => $@"\mathrm{{{Escape(text)}}}";

    private static string Escape(string text) => text.Replace("_", @"\_", StringComparison.Ordinal);

    private static int Level(Expr e) => e switch
    {
        ConstantExpr c => double.IsNegative(c.Value) ? UnaryLevel : AtomLevel,
        UnaryExpr => UnaryLevel,
        BinaryExpr b => b.Operator switch
        {
            BinaryOperator.Or => OrLevel,
            BinaryOperator.And => AndLevel,
            BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
                or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => RelationalLevel,
            BinaryOperator.Add or BinaryOperator.Subtract => AdditiveLevel,
            BinaryOperator.Multiply => MultiplicativeLevel,
            BinaryOperator.Divide => AtomLevel, // \frac groups itself
            BinaryOperator.Power => PowerLevel,
            _ => AtomLevel,
        },
        _ => AtomLevel,
    };

    private static void Write(StringBuilder sb, Expr e, int minLevel)
    {
        var level = Level(e);
        var parens = level < minLevel;
        if (parens)
        {
            sb.Append(@"\left(");
        }

        switch (e)
        {
            case ConstantExpr c:
                sb.Append(Number(c.Value));
                break;
            case SymbolExpr s:
                sb.Append(Symbol(s.Name));
                break;
            case TimeExpr:
                sb.Append('t');
                break;
            case UnaryExpr u:
                sb.Append(u.Operator == UnaryOperator.Negate ? "-" : @"\lnot ");
                Write(sb, u.Operand, UnaryLevel + 1);
                break;
            case BinaryExpr { Operator: BinaryOperator.Divide } d:
                sb.Append(@"\frac{");
                Write(sb, d.Left, 0);
                sb.Append("}{");
                Write(sb, d.Right, 0);
                sb.Append('}');
                break;
            case BinaryExpr { Operator: BinaryOperator.Power } p:
                sb.Append('{');
                Write(sb, p.Left, AtomLevel);
                sb.Append("}^{");
                Write(sb, p.Right, 0);
                sb.Append('}');
                break;
            case BinaryExpr { Operator: BinaryOperator.Xor } x:
                WriteCall(sb, @"\operatorname{xor}", [x.Left, x.Right]);
                break;
            case BinaryExpr b:
                Write(sb, b.Left, level);
                sb.Append(Operator(b.Operator));
                // Right operand of − (and of ·) needs parentheses at the same level: a − (b + c).
                Write(sb, b.Right, level + 1);
                break;
            case FunctionExpr f:
                WriteFunction(sb, f);
                break;
            case CallExpr call:
                WriteCall(sb, $@"\operatorname{{{Escape(call.Name)}}}", call.Arguments);
                break;
            case PiecewiseExpr p:
                sb.Append(@"\begin{cases} ");
                foreach (var piece in p.Pieces)
                {
                    Write(sb, piece.Value, 0);
                    sb.Append(@" & \text{if } ");
                    Write(sb, piece.Condition, 0);
                    sb.Append(@" \\ ");
                }

                if (p.Otherwise is not null)
                {
                    Write(sb, p.Otherwise, 0);
                    sb.Append(@" & \text{otherwise} ");
                }

                sb.Append(@"\end{cases}");
                break;
            default:
                throw new InvalidOperationException($"Unknown expression node {e.GetType().Name}.");
        }

        if (parens)
        {
            sb.Append(@"\right)");
        }
    }

    private static void WriteFunction(StringBuilder sb, FunctionExpr f)
    {
        switch (f.Function)
        {
            case MathFunction.Sqrt:
                sb.Append(@"\sqrt{");
                Write(sb, f.Arguments[0], 0);
                sb.Append('}');
                return;
            case MathFunction.Abs:
                sb.Append(@"\left|");
                Write(sb, f.Arguments[0], 0);
                sb.Append(@"\right|");
                return;
            case MathFunction.Exp or MathFunction.Ln or MathFunction.Sin or MathFunction.Cos or MathFunction.Tan
                or MathFunction.Sinh or MathFunction.Cosh or MathFunction.Min or MathFunction.Max or MathFunction.Log10:
                var name = f.Function == MathFunction.Log10 ? @"\log_{10}" : "\\" + MathFunctions.Name(f.Function);
                WriteCall(sb, name, f.Arguments);
                return;
            default:
                WriteCall(sb, $@"\operatorname{{{MathFunctions.Name(f.Function)}}}", f.Arguments);
                return;
        }
    }

    private static void WriteCall(StringBuilder sb, string name, IReadOnlyList<Expr> arguments)
    {
        sb.Append(name).Append(@"\left(");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Write(sb, arguments[i], 0);
        }

        sb.Append(@"\right)");
    }

    private static string Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => " + ",
        BinaryOperator.Subtract => " - ",
        BinaryOperator.Multiply => @" \cdot ",
        BinaryOperator.Less => " < ",
        BinaryOperator.LessOrEqual => @" \le ",
        BinaryOperator.Greater => " > ",
        BinaryOperator.GreaterOrEqual => @" \ge ",
        BinaryOperator.Equal => " = ",
        BinaryOperator.NotEqual => @" \ne ",
        BinaryOperator.And => @" \land ",
        BinaryOperator.Or => @" \lor ",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
