namespace Abscopal.Modeling.Expressions;

/// <summary>Binary operators. Relational and logical operators yield 1 (true) or 0 (false).</summary>
public enum BinaryOperator
{
    /// <summary>a + b.</summary>
    Add,

    /// <summary>a − b.</summary>
    Subtract,

    /// <summary>a × b.</summary>
    Multiply,

    /// <summary>a ÷ b.</summary>
    Divide,

    /// <summary>a raised to the power b.</summary>
    Power,

    /// <summary>a &lt; b.</summary>
    Less,

    /// <summary>a ≤ b.</summary>
    LessOrEqual,

    /// <summary>a &gt; b.</summary>
    Greater,

    /// <summary>a ≥ b.</summary>
    GreaterOrEqual,

    /// <summary>a = b.</summary>
    Equal,

    /// <summary>a ≠ b.</summary>
    NotEqual,

    /// <summary>Logical and (operands non-zero).</summary>
    And,

    /// <summary>Logical or (either operand non-zero).</summary>
    Or,

    /// <summary>Logical exclusive or.</summary>
    Xor,
}

/// <summary>Classification helpers for <see cref="BinaryOperator"/>.</summary>
public static class BinaryOperatorExtensions
{
    /// <summary>Whether the operator compares two numbers (&lt;, ≤, &gt;, ≥, =, ≠).</summary>
    public static bool IsRelational(this BinaryOperator op) => op is >= BinaryOperator.Less and <= BinaryOperator.NotEqual;

    /// <summary>Whether the operator combines truth values (and, or, xor).</summary>
    public static bool IsLogical(this BinaryOperator op) => op is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor;

    /// <summary>Whether the result is a truth value (1 or 0).</summary>
    public static bool IsBoolean(this BinaryOperator op) => op.IsRelational() || op.IsLogical();
}
