using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Expressions;

public class ExprDerivativeTests
{
    private static readonly Func<string, double> s_none = name => throw new InvalidOperationException(name);

    // Reference: a fourth-order central difference, error O(h^4) ≈ 1e-12 relative for h = 1e-3 on smooth functions.
    private static double CentralDifference(Expr f, string variable, IReadOnlyDictionary<string, double> at, double h = 1e-3)
    {
        double Eval(double shift) => ExprEvaluator.Evaluate(f, 0.0, n => n == variable ? at[n] + shift : at[n]);
        return (-Eval(2 * h) + (8 * Eval(h)) - (8 * Eval(-h)) + Eval(-2 * h)) / (12 * h);
    }

    [Theory]
    [InlineData(MathFunction.Exp, 0.7)]
    [InlineData(MathFunction.Ln, 0.7)]
    [InlineData(MathFunction.Log10, 0.7)]
    [InlineData(MathFunction.Sqrt, 0.7)]
    [InlineData(MathFunction.Abs, -0.7)]
    [InlineData(MathFunction.Sin, 0.7)]
    [InlineData(MathFunction.Cos, 0.7)]
    [InlineData(MathFunction.Tan, 0.7)]
    [InlineData(MathFunction.Sec, 0.7)]
    [InlineData(MathFunction.Csc, 0.7)]
    [InlineData(MathFunction.Cot, 0.7)]
    [InlineData(MathFunction.Sinh, 0.7)]
    [InlineData(MathFunction.Cosh, 0.7)]
    [InlineData(MathFunction.Tanh, 0.7)]
    [InlineData(MathFunction.Sech, 0.7)]
    [InlineData(MathFunction.Csch, 0.7)]
    [InlineData(MathFunction.Coth, 0.7)]
    [InlineData(MathFunction.ArcSin, 0.3)]
    [InlineData(MathFunction.ArcCos, 0.4)]
    [InlineData(MathFunction.ArcTan, 0.4)]
    [InlineData(MathFunction.ArcSec, 1.7)]
    [InlineData(MathFunction.ArcCsc, 1.7)]
    [InlineData(MathFunction.ArcCot, 0.4)]
    [InlineData(MathFunction.ArcSinh, 0.4)]
    [InlineData(MathFunction.ArcCosh, 1.7)]
    [InlineData(MathFunction.ArcTanh, 0.4)]
    [InlineData(MathFunction.ArcSech, 0.4)]
    [InlineData(MathFunction.ArcCsch, 0.4)]
    [InlineData(MathFunction.ArcCoth, 1.7)]
    public void Derivative_Of_Each_Elementary_Function_Matches_Central_Difference(MathFunction function, double x)
    {
        // Given f(g(x)) with an inner g = 2x so the chain rule is exercised
        var f = Expr.Call(function, Expr.Multiply(2.0, Expr.Symbol("x")));
        var at = new Dictionary<string, double> { ["x"] = x };

        // When
        var symbolic = ExprEvaluator.Evaluate(ExprDerivative.WithRespectTo(f, "x"), 0.0, n => at[n]);

        // Then: agreement to 1e-8 relative (the reference difference is accurate to ~1e-11 here)
        var reference = CentralDifference(f, "x", at, 1e-4);
        Assert.True(Math.Abs(symbolic - reference) <= 1e-8 * Math.Max(1.0, Math.Abs(reference)), $"{function}: symbolic {symbolic}, difference {reference}");
    }

    [Fact]
    public void Derivative_Of_Polynomial_Is_The_Textbook_Result()
    {
        // d/dx (x^3 + 2x) = 3x^2 + 2, exactly
        var x = Expr.Symbol("x");
        var f = Expr.Add(Expr.Power(x, 3.0), Expr.Multiply(2.0, x));
        var d = ExprDerivative.WithRespectTo(f, "x");
        Assert.Equal("3*x^2 + 2", d.ToString());
    }

    [Fact]
    public void Derivative_With_Respect_To_An_Absent_Symbol_Is_Zero()
    {
        var f = Expr.Call(MathFunction.Exp, Expr.Symbol("y"));
        Assert.True(ExprDerivative.WithRespectTo(f, "x").IsConstant(0.0));
    }

    [Fact]
    public void Time_Derivative_Treats_Symbols_As_Constants()
    {
        // ∂/∂t (k·sin(t)) = k·cos(t)
        var f = Expr.Multiply(Expr.Symbol("k"), Expr.Call(MathFunction.Sin, Expr.Time));
        var d = ExprDerivative.WithRespectToTime(f);
        var value = ExprEvaluator.Evaluate(d, 0.3, _ => 2.0);
        Assert.Equal(2.0 * Math.Cos(0.3), value, 15);
    }

    [Fact]
    public void Derivative_Of_Min_And_Max_Follows_The_Active_Branch()
    {
        var x = Expr.Symbol("x");
        var f = Expr.Call(MathFunction.Max, Expr.Multiply(2.0, x), Expr.Power(x, 2.0));
        var d = ExprDerivative.WithRespectTo(f, "x");
        Assert.Equal(2.0, ExprEvaluator.Evaluate(d, 0, _ => 1.0)); // 2x ≥ x² at x = 1: d = 2
        Assert.Equal(6.0, ExprEvaluator.Evaluate(d, 0, _ => 3.0)); // x² wins at x = 3: d = 2x = 6
    }

    [Fact]
    public void Derivative_Of_Random_Expressions_Matches_Central_Difference()
    {
        // Property test over 300 seeded random trees in two variables.
        var generator = new RandomExpressions(seed: 20261126, ["x", "y"]);
        var at = new Dictionary<string, double> { ["x"] = 0.37, ["y"] = -0.81 };
        var checkedCount = 0;
        for (var i = 0; i < 300; i++)
        {
            var f = generator.Next(5);
            foreach (var v in new[] { "x", "y" })
            {
                var symbolic = ExprEvaluator.Evaluate(ExprDerivative.WithRespectTo(f, v), 0.0, n => at[n]);
                var reference = CentralDifference(f, v, at);
                if (!double.IsFinite(reference) || !double.IsFinite(symbolic) || Math.Abs(reference) > 1e6)
                {
                    continue;
                }

                // Piecewise kinks can sit within 2h of the point; skip those where the one-sided differences disagree.
                var left = CentralDifference(f, v, at, 1e-4);
                if (Math.Abs(left - reference) > 1e-6 * Math.Max(1, Math.Abs(reference)))
                {
                    continue;
                }

                checkedCount++;
                Assert.True(
                    Math.Abs(symbolic - reference) <= 1e-7 * Math.Max(1.0, Math.Abs(reference)),
                    $"d/d{v} of {f}: symbolic {symbolic}, difference {reference}");
            }
        }

        Assert.True(checkedCount > 400, $"only {checkedCount} derivatives were comparable");
    }
}
