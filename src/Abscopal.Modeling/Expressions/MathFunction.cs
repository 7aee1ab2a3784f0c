namespace Abscopal.Modeling.Expressions;

/// <summary>Built-in mathematical functions (the MathML set SBML Level 3 core uses).</summary>
public enum MathFunction
{
    /// <summary>e^x.</summary>
    Exp,

    /// <summary>Natural logarithm.</summary>
    Ln,

    /// <summary>Base-10 logarithm.</summary>
    Log10,

    /// <summary>Logarithm with a given base: log(base, x).</summary>
    Log,

    /// <summary>Square root.</summary>
    Sqrt,

    /// <summary>n-th root: root(n, x) = x^(1/n).</summary>
    Root,

    /// <summary>Absolute value.</summary>
    Abs,

    /// <summary>Largest integer not greater than x.</summary>
    Floor,

    /// <summary>Smallest integer not less than x.</summary>
    Ceiling,

    /// <summary>Factorial, Γ(x + 1).</summary>
    Factorial,

    /// <summary>Sine (radians).</summary>
    Sin,

    /// <summary>Cosine.</summary>
    Cos,

    /// <summary>Tangent.</summary>
    Tan,

    /// <summary>Secant.</summary>
    Sec,

    /// <summary>Cosecant.</summary>
    Csc,

    /// <summary>Cotangent.</summary>
    Cot,

    /// <summary>Hyperbolic sine.</summary>
    Sinh,

    /// <summary>Hyperbolic cosine.</summary>
    Cosh,

    /// <summary>Hyperbolic tangent.</summary>
    Tanh,

    /// <summary>Hyperbolic secant.</summary>
    Sech,

    /// <summary>Hyperbolic cosecant.</summary>
    Csch,

    /// <summary>Hyperbolic cotangent.</summary>
    Coth,

    /// <summary>Inverse sine.</summary>
    ArcSin,

    /// <summary>Inverse cosine.</summary>
    ArcCos,

    /// <summary>Inverse tangent.</summary>
    ArcTan,

    /// <summary>Inverse secant.</summary>
    ArcSec,

    /// <summary>Inverse cosecant.</summary>
    ArcCsc,

    /// <summary>Inverse cotangent.</summary>
    ArcCot,

    /// <summary>Inverse hyperbolic sine.</summary>
    ArcSinh,

    /// <summary>Inverse hyperbolic cosine.</summary>
    ArcCosh,

    /// <summary>Inverse hyperbolic tangent.</summary>
    ArcTanh,

    /// <summary>Inverse hyperbolic secant.</summary>
    ArcSech,

    /// <summary>Inverse hyperbolic cosecant.</summary>
    ArcCsch,

    /// <summary>Inverse hyperbolic cotangent.</summary>
    ArcCoth,

    /// <summary>Minimum of its arguments.</summary>
    Min,

    /// <summary>Maximum of its arguments.</summary>
    Max,

    /// <summary>Remainder of truncated division, rem(a, b) = a − b·trunc(a/b).</summary>
    Rem,

    /// <summary>Truncated integer quotient, quotient(a, b) = trunc(a/b).</summary>
    Quotient,

    /// <summary>Value of an expression at an earlier time: delay(x, d) (SBML csymbol; not compiled by the ODE compiler).</summary>
    Delay,

    /// <summary>Rate of change of a symbol (SBML L3V2 rateOf csymbol; not compiled by the ODE compiler).</summary>
    RateOf,
}
