using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Interop.Sbml.Internal;

/// <summary>Writes expressions as MathML in the subset SBML Level 3 Version 2 core allows.</summary>
/// <remarks>Truth values are numbers in the IR; where SBML expects a boolean (a trigger, a piecewise condition, an operand of and/or/not) a numeric expression x is written as x ≠ 0.</remarks>
internal static class MathMLWriter
{
    private static readonly XNamespace s_m = MathMLReader.Namespace;

    /// <summary>A &lt;math&gt; element holding <paramref name="expr"/>.</summary>
    public static XElement Math(Expr expr, bool boolean = false) =>
        new(s_m + "math", boolean ? Boolean(expr) : Write(expr));

    /// <summary>A &lt;math&gt; element holding the lambda of a function definition.</summary>
    public static XElement Lambda(ImmutableArray<string> arguments, Expr body) =>
        new(
            s_m + "math",
            new XElement(
                s_m + "lambda",
                arguments.Select(a => new XElement(s_m + "bvar", new XElement(s_m + "ci", a))),
                Write(body)));

    private static XElement Apply(string op, params IEnumerable<XElement> operands) =>
        new(s_m + "apply", new XElement(s_m + op), operands);

    private static XElement Write(Expr e)
    {
        switch (e)
        {
            case ConstantExpr c:
                return Number(c.Value);
            case SymbolExpr s:
                return new XElement(s_m + "ci", s.Name);
            case TimeExpr:
                return Csymbol("time", "t");
            case UnaryExpr u:
                return u.Operator == UnaryOperator.Negate ? Apply("minus", Write(u.Operand)) : Apply("not", Boolean(u.Operand));
            case BinaryExpr b:
                return Binary(b);
            case FunctionExpr f:
                return Function(f);
            case CallExpr call:
                return new XElement(s_m + "apply", new XElement(s_m + "ci", call.Name), call.Arguments.Select(Write));
            case PiecewiseExpr p:
                return new XElement(
                    s_m + "piecewise",
                    p.Pieces.Select(piece => new XElement(s_m + "piece", Write(piece.Value), Boolean(piece.Condition))),
                    p.Otherwise is null ? null : new XElement(s_m + "otherwise", Write(p.Otherwise)));
            default:
                throw new InvalidOperationException($"Unknown expression node {e.GetType().Name}.");
        }
    }

    /// <summary>An expression in a boolean context: relational and logical nodes as they are, anything else as x ≠ 0.</summary>
    private static XElement Boolean(Expr e) => IsBoolean(e) ? Write(e) : Apply("neq", Write(e), Number(0));

    private static bool IsBoolean(Expr e) => e switch
    {
        BinaryExpr b => b.Operator.IsBoolean(),
        UnaryExpr u => u.Operator == UnaryOperator.Not,
        PiecewiseExpr p => p.Pieces.All(piece => IsBoolean(piece.Value)) && (p.Otherwise is null || IsBoolean(p.Otherwise)),
        _ => false,
    };

    private static XElement Binary(BinaryExpr b)
    {
        if (b.Operator.IsLogical())
        {
            var op = b.Operator switch { BinaryOperator.And => "and", BinaryOperator.Or => "or", _ => "xor" };
            return Apply(op, Boolean(b.Left), Boolean(b.Right));
        }

        var name = b.Operator switch
        {
            BinaryOperator.Add => "plus",
            BinaryOperator.Subtract => "minus",
            BinaryOperator.Multiply => "times",
            BinaryOperator.Divide => "divide",
            BinaryOperator.Power => "power",
            BinaryOperator.Less => "lt",
            BinaryOperator.LessOrEqual => "leq",
            BinaryOperator.Greater => "gt",
            BinaryOperator.GreaterOrEqual => "geq",
            BinaryOperator.Equal => "eq",
            BinaryOperator.NotEqual => "neq",
            _ => throw new ArgumentOutOfRangeException(nameof(b), b.Operator, null),
        };
        return Apply(name, Write(b.Left), Write(b.Right));
    }

    private static XElement Function(FunctionExpr f)
    {
        var args = f.Arguments;
        switch (f.Function)
        {
            case MathFunction.Log10:
                return Apply("log", Write(args[0]));
            case MathFunction.Log:
                return Apply("log", new XElement(s_m + "logbase", Write(args[0])), Write(args[1]));
            case MathFunction.Sqrt:
                return Apply("root", Write(args[0]));
            case MathFunction.Root:
                return Apply("root", new XElement(s_m + "degree", Write(args[0])), Write(args[1]));
            case MathFunction.Delay:
                return new XElement(s_m + "apply", Csymbol("delay", "delay"), Write(args[0]), Write(args[1]));
            case MathFunction.RateOf:
                return new XElement(s_m + "apply", Csymbol("rateOf", "rateOf"), Write(args[0]));
        }

        var name = f.Function switch
        {
            MathFunction.Ceiling => "ceiling",
            MathFunction.ArcSin => "arcsin",
            MathFunction.ArcCos => "arccos",
            MathFunction.ArcTan => "arctan",
            MathFunction.ArcSec => "arcsec",
            MathFunction.ArcCsc => "arccsc",
            MathFunction.ArcCot => "arccot",
            MathFunction.ArcSinh => "arcsinh",
            MathFunction.ArcCosh => "arccosh",
            MathFunction.ArcTanh => "arctanh",
            MathFunction.ArcSech => "arcsech",
            MathFunction.ArcCsch => "arccsch",
            MathFunction.ArcCoth => "arccoth",
            _ => MathFunctions.Name(f.Function),
        };
        return Apply(name, args.Select(Write));
    }

    private static XElement Csymbol(string symbol, string text) =>
        new(s_m + "csymbol", new XAttribute("encoding", "text"), new XAttribute("definitionURL", "http://www.sbml.org/sbml/symbols/" + symbol), text);

    private static XElement Number(double value)
    {
        if (double.IsNaN(value))
        {
            return new XElement(s_m + "notanumber");
        }

        if (double.IsInfinity(value))
        {
            var infinity = new XElement(s_m + "infinity");
            return value > 0 ? infinity : Apply("minus", infinity);
        }

        if (value == System.Math.Floor(value) && System.Math.Abs(value) < 1e15 && !(value == 0 && double.IsNegative(value)))
        {
            return new XElement(s_m + "cn", new XAttribute("type", "integer"), ((long)value).ToString(CultureInfo.InvariantCulture));
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        if (e < 0)
        {
            return new XElement(s_m + "cn", text);
        }

        return new XElement(
            s_m + "cn",
            new XAttribute("type", "e-notation"),
            text[..e],
            new XElement(s_m + "sep"),
            text[(e + 1)..].TrimStart('+'));
    }
}
