using System.Collections.Frozen;

namespace Abscopal.Modeling.Expressions;

/// <summary>Names, arities and numeric definitions of the built-in functions, shared by the interpreter and the compiler.</summary>
public static class MathFunctions
{
    private static readonly FrozenDictionary<string, MathFunction> s_byName = new Dictionary<string, MathFunction>(StringComparer.Ordinal)
    {
        ["exp"] = MathFunction.Exp,
        ["ln"] = MathFunction.Ln,
        ["log10"] = MathFunction.Log10,
        ["log"] = MathFunction.Log,
        ["sqrt"] = MathFunction.Sqrt,
        ["root"] = MathFunction.Root,
        ["abs"] = MathFunction.Abs,
        ["floor"] = MathFunction.Floor,
        ["ceil"] = MathFunction.Ceiling,
        ["ceiling"] = MathFunction.Ceiling,
        ["factorial"] = MathFunction.Factorial,
        ["sin"] = MathFunction.Sin,
        ["cos"] = MathFunction.Cos,
        ["tan"] = MathFunction.Tan,
        ["sec"] = MathFunction.Sec,
        ["csc"] = MathFunction.Csc,
        ["cot"] = MathFunction.Cot,
        ["sinh"] = MathFunction.Sinh,
        ["cosh"] = MathFunction.Cosh,
        ["tanh"] = MathFunction.Tanh,
        ["sech"] = MathFunction.Sech,
        ["csch"] = MathFunction.Csch,
        ["coth"] = MathFunction.Coth,
        ["asin"] = MathFunction.ArcSin,
        ["acos"] = MathFunction.ArcCos,
        ["atan"] = MathFunction.ArcTan,
        ["asec"] = MathFunction.ArcSec,
        ["acsc"] = MathFunction.ArcCsc,
        ["acot"] = MathFunction.ArcCot,
        ["asinh"] = MathFunction.ArcSinh,
        ["acosh"] = MathFunction.ArcCosh,
        ["atanh"] = MathFunction.ArcTanh,
        ["asech"] = MathFunction.ArcSech,
        ["acsch"] = MathFunction.ArcCsch,
        ["acoth"] = MathFunction.ArcCoth,
        ["arcsin"] = MathFunction.ArcSin,
        ["arccos"] = MathFunction.ArcCos,
        ["arctan"] = MathFunction.ArcTan,
        ["arcsec"] = MathFunction.ArcSec,
        ["arccsc"] = MathFunction.ArcCsc,
        ["arccot"] = MathFunction.ArcCot,
        ["arcsinh"] = MathFunction.ArcSinh,
        ["arccosh"] = MathFunction.ArcCosh,
        ["arctanh"] = MathFunction.ArcTanh,
        ["arcsech"] = MathFunction.ArcSech,
        ["arccsch"] = MathFunction.ArcCsch,
        ["arccoth"] = MathFunction.ArcCoth,
        ["min"] = MathFunction.Min,
        ["max"] = MathFunction.Max,
        ["rem"] = MathFunction.Rem,
        ["quotient"] = MathFunction.Quotient,
        ["delay"] = MathFunction.Delay,
        ["rateOf"] = MathFunction.RateOf,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Looks up a built-in function by its name in the text format (e.g. "exp", "ceil", "asin").</summary>
    public static bool TryParse(string name, out MathFunction function) => s_byName.TryGetValue(name, out function);

    /// <summary>The canonical name of a function in the text format.</summary>
    public static string Name(MathFunction function) => function switch
    {
        MathFunction.Ceiling => "ceil",
        MathFunction.ArcSin => "asin",
        MathFunction.ArcCos => "acos",
        MathFunction.ArcTan => "atan",
        MathFunction.ArcSec => "asec",
        MathFunction.ArcCsc => "acsc",
        MathFunction.ArcCot => "acot",
        MathFunction.ArcSinh => "asinh",
        MathFunction.ArcCosh => "acosh",
        MathFunction.ArcTanh => "atanh",
        MathFunction.ArcSech => "asech",
        MathFunction.ArcCsch => "acsch",
        MathFunction.ArcCoth => "acoth",
        MathFunction.RateOf => "rateOf",
        _ => function.ToString().ToLowerInvariant(),
    };

    /// <summary>Smallest and largest number of arguments the function takes.</summary>
    public static (int Min, int Max) Arity(MathFunction function) => function switch
    {
        MathFunction.Log or MathFunction.Root or MathFunction.Rem or MathFunction.Quotient or MathFunction.Delay => (2, 2),
        MathFunction.Min or MathFunction.Max => (1, int.MaxValue),
        _ => (1, 1),
    };

    /// <summary>The arity in words, for error messages.</summary>
    public static string DescribeArity(MathFunction function)
    {
        var (min, max) = Arity(function);
        return max == int.MaxValue ? $"at least {min} argument(s)" : min == max ? $"{min} argument(s)" : $"{min} to {max} arguments";
    }

    /// <summary>Evaluates a one-argument function.</summary>
    public static double Evaluate(MathFunction function, double x) => function switch
    {
        MathFunction.Exp => Math.Exp(x),
        MathFunction.Ln => Math.Log(x),
        MathFunction.Log10 => Math.Log10(x),
        MathFunction.Sqrt => Math.Sqrt(x),
        MathFunction.Abs => Math.Abs(x),
        MathFunction.Floor => Math.Floor(x),
        MathFunction.Ceiling => Math.Ceiling(x),
        MathFunction.Factorial => Factorial(x),
        MathFunction.Sin => Math.Sin(x),
        MathFunction.Cos => Math.Cos(x),
        MathFunction.Tan => Math.Tan(x),
        MathFunction.Sec => 1.0 / Math.Cos(x),
        MathFunction.Csc => 1.0 / Math.Sin(x),
        MathFunction.Cot => 1.0 / Math.Tan(x),
        MathFunction.Sinh => Math.Sinh(x),
        MathFunction.Cosh => Math.Cosh(x),
        MathFunction.Tanh => Math.Tanh(x),
        MathFunction.Sech => 1.0 / Math.Cosh(x),
        MathFunction.Csch => 1.0 / Math.Sinh(x),
        MathFunction.Coth => 1.0 / Math.Tanh(x),
        MathFunction.ArcSin => Math.Asin(x),
        MathFunction.ArcCos => Math.Acos(x),
        MathFunction.ArcTan => Math.Atan(x),
        MathFunction.ArcSec => Math.Acos(1.0 / x),
        MathFunction.ArcCsc => Math.Asin(1.0 / x),
        MathFunction.ArcCot => Math.Atan(1.0 / x),
        MathFunction.ArcSinh => Math.Asinh(x),
        MathFunction.ArcCosh => Math.Acosh(x),
        MathFunction.ArcTanh => Math.Atanh(x),
        MathFunction.ArcSech => Math.Acosh(1.0 / x),
        MathFunction.ArcCsch => Math.Asinh(1.0 / x),
        MathFunction.ArcCoth => Math.Atanh(1.0 / x),
        MathFunction.Min or MathFunction.Max => x,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, $"{Name(function)} does not take one argument."),
    };

    /// <summary>Evaluates a two-argument function.</summary>
    public static double Evaluate(MathFunction function, double a, double b) => function switch
    {
        MathFunction.Log => Math.Log(b) / Math.Log(a),
        MathFunction.Root => Root(a, b),
        MathFunction.Min => Math.Min(a, b),
        MathFunction.Max => Math.Max(a, b),
        MathFunction.Rem => a % b,
        MathFunction.Quotient => Math.Truncate(a / b),
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, $"{Name(function)} does not take two arguments."),
    };

    /// <summary>x raised to y, with exact small integer powers so that compiled and interpreted evaluation agree bit for bit.</summary>
    public static double Power(double x, double y) => y switch
    {
        1.0 => x,
        2.0 => x * x,
        3.0 => x * x * x,
        -1.0 => 1.0 / x,
        -2.0 => 1.0 / (x * x),
        _ => Math.Pow(x, y),
    };

    /// <summary>The n-th root of x; odd integer roots of negative numbers are real.</summary>
    public static double Root(double n, double x) =>
        n == 2.0 ? Math.Sqrt(x)
        : x < 0 && n == Math.Floor(n) && Math.Abs(n % 2.0) == 1.0 ? -Math.Pow(-x, 1.0 / n)
        : Math.Pow(x, 1.0 / n);

    /// <summary>Factorial of a non-negative integer (Γ(x+1)); NaN for negative or non-integer x.</summary>
    public static double Factorial(double x)
    {
        if (x < 0 || x != Math.Floor(x) || double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x > 170)
        {
            return double.PositiveInfinity;
        }

        var result = 1.0;
        for (var i = 2; i <= (int)x; i++)
        {
            result *= i;
        }

        return result;
    }
}
