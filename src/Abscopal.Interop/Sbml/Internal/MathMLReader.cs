using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Interop.Sbml.Internal;

/// <summary>Reads the MathML subset of SBML Level 3 Version 2 core (and Level 2) into expressions.</summary>
/// <remarks>
/// Follows the SBML L3V2 specification §3.4 (MathML subset): token elements cn (real, integer, e-notation,
/// rational), ci, csymbol (time, avogadro, delay, rateOf) and the constants; apply with the arithmetic,
/// relational, logical, exponential, trigonometric and piecewise operators; user function calls; lambda in
/// function definitions. semantics keeps its first child; annotation and annotation-xml are ignored.
/// An &lt;apply&gt; whose only child is another &lt;apply&gt; (a parenthesised expression, outside the subset) is read as that
/// child, as libSBML reads it, with a warning. Expressions nested deeper than <see cref="MaxDepth"/> are refused, so untrusted
/// input cannot exhaust the stack of this reader or of the recursive passes over the expression tree that follow it.
/// </remarks>
/// <param name="warnings">Where what the reader assumed is recorded, one line each (the document's warnings).</param>
internal sealed class MathMLReader(List<string> warnings)
{
    public const string Namespace = "http://www.w3.org/1998/Math/MathML";

    /// <summary>Avogadro's number as SBML Level 3 defines it (L3V1 §3.4.6), in 1/mole.</summary>
    public const double Avogadro = 6.02214179e23;

    /// <summary>
    /// The deepest expression read: nesting of MathML elements plus the chains that n-ary operators become (a sum of n terms is
    /// n − 1 nested additions). Curated models stay far below it (the deepest in the SBML Test Suite, BioModels' Kosinsky 2018
    /// and the PEtab benchmark collection is at most 74, in SalazarCavazos 2020).
    /// </summary>
    public const int MaxDepth = 1000;

    private const string CsymbolTime = "http://www.sbml.org/sbml/symbols/time";
    private const string CsymbolDelay = "http://www.sbml.org/sbml/symbols/delay";
    private const string CsymbolAvogadro = "http://www.sbml.org/sbml/symbols/avogadro";
    private const string CsymbolRateOf = "http://www.sbml.org/sbml/symbols/rateOf";

    private static readonly Dictionary<string, MathFunction> s_functions = new(StringComparer.Ordinal)
    {
        ["exp"] = MathFunction.Exp,
        ["ln"] = MathFunction.Ln,
        ["abs"] = MathFunction.Abs,
        ["floor"] = MathFunction.Floor,
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
        ["rem"] = MathFunction.Rem,
        ["quotient"] = MathFunction.Quotient,
        ["max"] = MathFunction.Max,
        ["min"] = MathFunction.Min,
    };

    private static readonly Dictionary<string, BinaryOperator> s_relations = new(StringComparer.Ordinal)
    {
        ["eq"] = BinaryOperator.Equal,
        ["neq"] = BinaryOperator.NotEqual,
        ["gt"] = BinaryOperator.Greater,
        ["lt"] = BinaryOperator.Less,
        ["geq"] = BinaryOperator.GreaterOrEqual,
        ["leq"] = BinaryOperator.LessOrEqual,
    };

    /// <summary>How deep the element being read is (see <see cref="MaxDepth"/>).</summary>
    private int _depth;

    /// <summary>The expression inside a &lt;math&gt; element (its single child).</summary>
    public Expr ReadMath(XElement math) => Read(SingleChild(math, "a <math> element"));

    /// <summary>A function definition's &lt;math&gt;: a lambda with bound variables and a body.</summary>
    public (ImmutableArray<string> Arguments, Expr Body) ReadLambda(XElement math)
    {
        var lambda = Unwrap(SingleChild(math, "the <math> of a function definition"));
        if (lambda.Name.LocalName != "lambda")
        {
            throw new SbmlElementException(lambda, $"a function definition's math must be a <lambda>, not <{lambda.Name.LocalName}>.");
        }

        var arguments = ImmutableArray.CreateBuilder<string>();
        Expr? body = null;
        foreach (var child in MathChildren(lambda))
        {
            if (child.Name.LocalName == "bvar")
            {
                if (body is not null)
                {
                    throw new SbmlElementException(child, "<bvar> elements must come before the body of the <lambda>.");
                }

                var ci = SingleChild(child, "a <bvar>");
                if (ci.Name.LocalName != "ci")
                {
                    throw new SbmlElementException(ci, "a <bvar> must hold a <ci> naming the argument.");
                }

                arguments.Add(Name(ci));
            }
            else if (body is null)
            {
                body = Read(child);
            }
            else
            {
                throw new SbmlElementException(child, "a <lambda> has exactly one body after its <bvar> elements.");
            }
        }

        return body is null
            ? throw new SbmlElementException(lambda, "the <lambda> has no body.")
            : (arguments.ToImmutable(), body);
    }

    private static XElement Unwrap(XElement e) =>
        e.Name.LocalName == "semantics" ? SingleChild(e, "a <semantics> element", skipAnnotations: true) : e;

    /// <summary>Reads one expression element, counting its depth against <see cref="MaxDepth"/>.</summary>
    private Expr Read(XElement e, int chain = 0)
    {
        _depth += 1 + chain;
        try
        {
            if (_depth > MaxDepth)
            {
                throw new SbmlElementException(e, $"the math is nested more than {MaxDepth} levels deep (counting a sum or product of n terms as n − 1 levels); Abscopal refuses deeper expressions to keep reading safe.", unsupported: true);
            }

            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                // A thread with a small stack (under about 1.5 MiB for a debug build) can run out before MaxDepth.
                throw new SbmlElementException(e, $"the math is nested too deeply ({_depth} levels) for the stack of the thread reading it; read the document on a thread with a larger stack.", unsupported: true);
            }

            return ReadElement(e);
        }
        finally
        {
            _depth -= 1 + chain;
        }
    }

    private Expr ReadElement(XElement e)
    {
        if (e.Name.Namespace != Namespace)
        {
            throw new SbmlElementException(e, $"<{e.Name.LocalName}> is not a MathML element (namespace '{e.Name.NamespaceName}').");
        }

        switch (e.Name.LocalName)
        {
            case "semantics":
                return Read(Unwrap(e));
            case "cn":
                return Expr.Constant(Number(e));
            case "ci":
                return Expr.Symbol(Name(e));
            case "csymbol":
                return Csymbol(e);
            case "true":
                return Expr.One;
            case "false":
                return Expr.Zero;
            case "pi":
                return Expr.Constant(Math.PI);
            case "exponentiale":
                return Expr.Constant(Math.E);
            case "infinity":
                return Expr.Constant(double.PositiveInfinity);
            case "notanumber":
                return Expr.Constant(double.NaN);
            case "apply":
                return Apply(e);
            case "piecewise":
                return Piecewise(e);
            case "lambda":
                throw new SbmlElementException(e, "<lambda> may appear only as the math of a function definition.");
            default:
                throw new SbmlElementException(e, $"the MathML element <{e.Name.LocalName}> is not part of SBML's MathML subset.", unsupported: true);
        }
    }

    private static Expr Csymbol(XElement e)
    {
        var url = ((string?)e.Attribute("definitionURL"))?.Trim();
        return url switch
        {
            CsymbolTime => Expr.Time,
            CsymbolAvogadro => Expr.Constant(Avogadro),
            CsymbolDelay or CsymbolRateOf => throw new SbmlElementException(e, $"the csymbol '{url}' is a function: it must be the first child of an <apply>."),
            null => throw new SbmlElementException(e, "a <csymbol> needs a definitionURL."),
            _ => throw new SbmlElementException(e, $"the csymbol '{url}' is not an SBML core symbol (time, avogadro, delay, rateOf).", unsupported: true),
        };
    }

    private Expr Apply(XElement e)
    {
        var children = MathChildren(e).ToList();
        if (children.Count == 0)
        {
            throw new SbmlElementException(e, "an <apply> needs an operator.");
        }

        var head = children[0];
        var operands = children.Skip(1).ToList();
        if (head.Name.Namespace != Namespace)
        {
            throw new SbmlElementException(head, $"<{head.Name.LocalName}> is not a MathML element.");
        }

        var op = head.Name.LocalName;
        switch (op)
        {
            case "apply" when operands.Count == 0:
                return Parenthesised(e, head);
            case "apply":
                throw new SbmlElementException(head, $"the MathML operator <apply> is not part of SBML's MathML subset: an <apply> that starts with an <apply> is read only when that is its only child (a parenthesised expression), and this one has {operands.Count} more.", unsupported: true);
            case "ci":
                return Expr.Call(Name(head), [.. operands.Select(Read)]);
            case "csymbol":
                return CsymbolCall(head, operands);
            case "plus":
                return operands.Count == 0 ? Expr.Zero : Fold(operands, BinaryOperator.Add);
            case "times":
                return operands.Count == 0 ? Expr.One : Fold(operands, BinaryOperator.Multiply);
            case "minus":
                return operands.Count switch
                {
                    1 => Expr.Negate(Read(operands[0])),
                    2 => Expr.Subtract(Read(operands[0]), Read(operands[1])),
                    _ => throw Arity(e, op, "1 or 2", operands.Count),
                };
            case "divide":
                Expect(e, op, operands, 2);
                return Expr.Divide(Read(operands[0]), Read(operands[1]));
            case "power":
                Expect(e, op, operands, 2);
                return Expr.Power(Read(operands[0]), Read(operands[1]));
            case "root":
                return Root(e, operands);
            case "log":
                return Log(e, operands);
            case "and":
                return operands.Count == 0 ? Expr.One : Fold(operands, BinaryOperator.And);
            case "or":
                return operands.Count == 0 ? Expr.Zero : Fold(operands, BinaryOperator.Or);
            case "xor":
                return operands.Count == 0 ? Expr.Zero : Fold(operands, BinaryOperator.Xor);
            case "not":
                Expect(e, op, operands, 1);
                return Expr.Not(Read(operands[0]));
            case "implies":
                Expect(e, op, operands, 2);
                return Expr.Binary(BinaryOperator.Or, Expr.Not(Read(operands[0], chain: 1)), Read(operands[1]));
        }

        if (s_relations.TryGetValue(op, out var relation))
        {
            if (operands.Count < 2)
            {
                throw Arity(e, op, "at least 2", operands.Count);
            }

            // a < b < c means a < b and b < c: n values become a chain of n − 2 ands above the relations.
            var values = operands.Select(o => Read(o, chain: operands.Count - 2)).ToList();
            Expr result = Expr.Binary(relation, values[0], values[1]);
            for (var i = 2; i < values.Count; i++)
            {
                result = Expr.Binary(BinaryOperator.And, result, Expr.Binary(relation, values[i - 1], values[i]));
            }

            return result;
        }

        if (s_functions.TryGetValue(op, out var function))
        {
            var (min, max) = MathFunctions.Arity(function);
            if (operands.Count < min || operands.Count > max)
            {
                throw Arity(e, op, MathFunctions.DescribeArity(function), operands.Count);
            }

            return Expr.Call(function, [.. operands.Select(Read)]);
        }

        throw new SbmlElementException(head, $"the MathML operator <{op}> is not part of SBML's MathML subset.", unsupported: true);
    }

    /// <summary>
    /// An &lt;apply&gt; whose only child is an &lt;apply&gt;: outside SBML's MathML subset, whose &lt;apply&gt; starts with an operator,
    /// but libSBML reads it as the inner expression (readMathML in src/sbml/math/MathML.cpp, libSBML 5.20: an &lt;apply&gt;'s first
    /// child is read into the node itself, and no operand follows), so tools that import through libSBML (AMICI, COPASI) simulate
    /// models that contain it, such as the PEtab benchmark model Beer_MolBioSystems2014. Read the same way, with a warning.
    /// </summary>
    private Expr Parenthesised(XElement outer, XElement inner)
    {
        warnings.Add($"line {SbmlElementException.LineOf(outer)}: an <apply> whose only child is an <apply> (line {SbmlElementException.LineOf(inner)}) is not SBML MathML; it is read as that inner expression, in parentheses, as libSBML reads it.");
        return Read(inner);
    }

    private Expr CsymbolCall(XElement head, List<XElement> operands)
    {
        var url = ((string?)head.Attribute("definitionURL"))?.Trim();
        switch (url)
        {
            case CsymbolDelay:
                if (operands.Count != 2)
                {
                    throw Arity(head, "delay", "2", operands.Count);
                }

                return Expr.Call(MathFunction.Delay, Read(operands[0]), Read(operands[1]));
            case CsymbolRateOf:
                if (operands.Count != 1)
                {
                    throw Arity(head, "rateOf", "1", operands.Count);
                }

                var target = Read(operands[0]);
                return target is SymbolExpr
                    ? Expr.Call(MathFunction.RateOf, target)
                    : throw new SbmlElementException(operands[0], "rateOf takes a single <ci> naming a variable.");
            case CsymbolTime or CsymbolAvogadro:
                throw new SbmlElementException(head, $"the csymbol '{url}' is a value, not a function.");
            default:
                throw new SbmlElementException(head, $"the csymbol '{url}' is not an SBML core function (delay, rateOf).", unsupported: true);
        }
    }

    private Expr Root(XElement e, List<XElement> operands)
    {
        var degree = operands.FirstOrDefault(o => o.Name.LocalName == "degree");
        var rest = operands.Where(o => o.Name.LocalName != "degree").ToList();
        if (rest.Count != 1)
        {
            throw Arity(e, "root", "1 (plus an optional <degree>)", rest.Count);
        }

        var x = Read(rest[0]);
        if (degree is null)
        {
            return Expr.Call(MathFunction.Sqrt, x);
        }

        var n = Read(SingleChild(degree, "a <degree>"));
        return n.IsConstant(2.0) ? Expr.Call(MathFunction.Sqrt, x) : Expr.Call(MathFunction.Root, n, x);
    }

    private Expr Log(XElement e, List<XElement> operands)
    {
        var logbase = operands.FirstOrDefault(o => o.Name.LocalName == "logbase");
        var rest = operands.Where(o => o.Name.LocalName != "logbase").ToList();
        if (rest.Count != 1)
        {
            throw Arity(e, "log", "1 (plus an optional <logbase>)", rest.Count);
        }

        var x = Read(rest[0]);
        if (logbase is null)
        {
            return Expr.Call(MathFunction.Log10, x);
        }

        var b = Read(SingleChild(logbase, "a <logbase>"));
        return b.IsConstant(10.0) ? Expr.Call(MathFunction.Log10, x) : Expr.Call(MathFunction.Log, b, x);
    }

    private Expr Piecewise(XElement e)
    {
        var pieces = new List<PiecewisePiece>();
        Expr? otherwise = null;
        foreach (var child in MathChildren(e))
        {
            switch (child.Name.LocalName)
            {
                case "piece":
                    var parts = MathChildren(child).ToList();
                    if (parts.Count != 2)
                    {
                        throw new SbmlElementException(child, $"a <piece> holds a value and a condition; this one has {parts.Count} elements.");
                    }

                    pieces.Add(new PiecewisePiece(Read(parts[0]), Read(parts[1])));
                    break;
                case "otherwise":
                    if (otherwise is not null)
                    {
                        throw new SbmlElementException(child, "a <piecewise> has at most one <otherwise>.");
                    }

                    otherwise = Read(SingleChild(child, "an <otherwise>"));
                    break;
                default:
                    throw new SbmlElementException(child, $"a <piecewise> holds <piece> and <otherwise> elements, not <{child.Name.LocalName}>.");
            }
        }

        // An empty piecewise has no value (SBML leaves it undefined): NaN.
        return pieces.Count == 0 && otherwise is null ? Expr.Constant(double.NaN) : Expr.Piecewise(pieces, otherwise);
    }

    /// <summary>An n-ary operator as a left fold: operand i (i ≥ 1) sits n − i levels below the top, the first n − 1.</summary>
    private Expr Fold(List<XElement> operands, BinaryOperator op)
    {
        var n = operands.Count;
        var result = Read(operands[0], chain: n - 1);
        for (var i = 1; i < n; i++)
        {
            result = Expr.Binary(op, result, Read(operands[i], chain: n - i));
        }

        return op.IsLogical() && operands.Count == 1 ? Expr.Binary(BinaryOperator.NotEqual, result, Expr.Zero) : result;
    }

    private static double Number(XElement e)
    {
        var type = ((string?)e.Attribute("type"))?.Trim() ?? "real";
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var node in e.Nodes())
        {
            if (node is XText text)
            {
                current.Append(text.Value);
            }
            else if (node is XElement { Name.LocalName: "sep" })
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
            }
            else if (node is XElement other)
            {
                throw new SbmlElementException(other, $"a <cn> holds a number, not <{other.Name.LocalName}>.");
            }
        }

        parts.Add(current.ToString().Trim());
        var integerBase = ((string?)e.Attribute("base"))?.Trim();
        if (integerBase is not null && integerBase != "10")
        {
            throw new SbmlElementException(e, $"numbers in base {integerBase} are not supported; write them in base 10.", unsupported: true);
        }

        switch (type)
        {
            case "real" or "integer" when parts.Count == 1:
                return Parse(e, parts[0]);
            case "e-notation" when parts.Count == 2:
                return Parse(e, parts[0] + "e" + parts[1]);
            case "rational" when parts.Count == 2:
                return Parse(e, parts[0]) / Parse(e, parts[1]);
            case "real" or "integer" or "e-notation" or "rational":
                throw new SbmlElementException(e, $"a <cn type=\"{type}\"> has {parts.Count} part(s) separated by <sep/>; expected {(type is "e-notation" or "rational" ? 2 : 1)}.");
            default:
                throw new SbmlElementException(e, $"<cn type=\"{type}\"> is not one of real, integer, e-notation, rational.", unsupported: true);
        }
    }

    private static double Parse(XElement e, string text)
    {
        var t = text.Trim();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return t.ToUpperInvariant() switch
        {
            "INF" or "INFINITY" or "+INF" => double.PositiveInfinity,
            "-INF" or "-INFINITY" => double.NegativeInfinity,
            "NAN" => double.NaN,
            _ => throw new SbmlElementException(e, $"'{text}' is not a number."),
        };
    }

    private static string Name(XElement ci)
    {
        if (ci.Elements().Any())
        {
            throw new SbmlElementException(ci, "a <ci> holds an identifier, not elements.");
        }

        var name = ci.Value.Trim();
        return name.Length == 0 ? throw new SbmlElementException(ci, "a <ci> is empty.") : name;
    }

    private static void Expect(XElement e, string op, List<XElement> operands, int count)
    {
        if (operands.Count != count)
        {
            throw Arity(e, op, count.ToString(CultureInfo.InvariantCulture), operands.Count);
        }
    }

    private static SbmlElementException Arity(XElement e, string op, string expected, int actual) =>
        new(e, $"<{op}> takes {expected} argument(s), not {actual}.");

    /// <summary>Child elements that carry math (annotations dropped).</summary>
    private static IEnumerable<XElement> MathChildren(XElement e) =>
        e.Elements().Where(c => c.Name.LocalName is not ("annotation" or "annotation-xml"));

    private static XElement SingleChild(XElement e, string what, bool skipAnnotations = true)
    {
        var children = skipAnnotations ? MathChildren(e).ToList() : e.Elements().ToList();
        return children.Count switch
        {
            1 => children[0],
            0 => throw new SbmlElementException(e, $"{what} is empty; it must hold one expression."),
            _ => throw new SbmlElementException(e, $"{what} must hold one expression, not {children.Count}."),
        };
    }
}
