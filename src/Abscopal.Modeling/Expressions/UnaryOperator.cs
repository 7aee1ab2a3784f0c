namespace Abscopal.Modeling.Expressions;

/// <summary>Unary operators.</summary>
public enum UnaryOperator
{
    /// <summary>Arithmetic negation, −x.</summary>
    Negate,

    /// <summary>Logical not: 1 when the operand is 0, else 0.</summary>
    Not,
}
