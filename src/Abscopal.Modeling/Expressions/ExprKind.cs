namespace Abscopal.Modeling.Expressions;

/// <summary>The kind of an expression node.</summary>
public enum ExprKind
{
    /// <summary>A numeric constant.</summary>
    Constant,

    /// <summary>A reference to a named symbol (state, parameter, compartment, rule variable).</summary>
    Symbol,

    /// <summary>Model time.</summary>
    Time,

    /// <summary>A unary operation.</summary>
    Unary,

    /// <summary>A binary operation (arithmetic, relational or logical).</summary>
    Binary,

    /// <summary>A built-in mathematical function.</summary>
    Function,

    /// <summary>A call of a user-defined function (resolved by inlining before compilation).</summary>
    Call,

    /// <summary>A piecewise (conditional) expression.</summary>
    Piecewise,
}
