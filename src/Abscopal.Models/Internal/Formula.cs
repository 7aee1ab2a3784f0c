using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Models.Internal;

/// <summary>Formulas written as text (the model file syntax), parsed once when a model is built.</summary>
internal static class Formula
{
    public static Expr Parse(string text) => ExpressionParser.Parse(text);

    /// <summary>The trigger "time >= symbol" of a scheduled event.</summary>
    public static Expr AtTime(string symbol) => Expr.Binary(BinaryOperator.GreaterOrEqual, Expr.Time, Expr.Symbol(symbol));

    /// <summary>The trigger "time >= expression" of a scheduled event.</summary>
    public static Expr AtTime(Expr at) => Expr.Binary(BinaryOperator.GreaterOrEqual, Expr.Time, at);
}
