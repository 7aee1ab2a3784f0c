using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Tests.Expressions;

namespace Abscopal.Modeling.Tests.Compilation;

public class KernelEmitterTests
{
    [Fact]
    public void Compiled_Kernels_Agree_With_The_Interpreter_Bit_For_Bit()
    {
        // The compiler promises the interpreter's semantics operation for operation (KernelEmitter remarks),
        // so values must be identical, not merely close: 400 random trees over 2 states and 2 parameters.
        var generator = new RandomExpressions(seed: 42, ["$y0", "$y1", "$p0", "$p1"]);
        var outputs = Enumerable.Range(0, 400).Select(i => (i, generator.Next(6))).ToList();
        var kernel = KernelEmitter.Compile("test", outputs, outputs.Count, zeroFill: false);
        var y = new[] { 0.73, -1.9 };
        var p = new[] { 2.5, 0.01 };
        var result = new double[outputs.Count];
        kernel.Invoke(1.25, y, p, result);

        foreach (var (i, expr) in outputs)
        {
            var expected = ExprEvaluator.Evaluate(expr, 1.25, name => name switch
            {
                "$y0" => y[0],
                "$y1" => y[1],
                "$p0" => p[0],
                _ => p[1],
            });
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(result[i]) || (double.IsNaN(expected) && double.IsNaN(result[i])),
                $"{expr}: interpreter {expected:R}, compiled {result[i]:R}");
        }
    }

    [Fact]
    public void Relational_And_Logical_Operators_Follow_IEEE_Semantics_Including_NaN()
    {
        double[] values = [-1.0, 0.0, 2.0, double.NaN];
        var ops = Enum.GetValues<BinaryOperator>().Where(o => o.IsBoolean()).ToArray();
        var outputs = new List<(int, Expr)>();
        foreach (var op in ops)
        {
            outputs.Add((outputs.Count, Expr.Binary(op, Expr.Symbol("$y0"), Expr.Symbol("$y1"))));
        }

        outputs.Add((outputs.Count, Expr.Not(Expr.Symbol("$y0"))));
        var kernel = KernelEmitter.Compile("ops", outputs, outputs.Count, zeroFill: false);
        var result = new double[outputs.Count];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var y = new[] { a, b };
                kernel.Invoke(0, y, [], result);

                for (var i = 0; i < ops.Length; i++)
                {
                    Assert.Equal(ExprEvaluator.Binary(ops[i], a, b), result[i]);
                }

                Assert.Equal(a == 0.0 ? 1.0 : 0.0, result[^1]);
            }
        }
    }

    [Fact]
    public void Large_Kernels_Are_Split_And_Still_Write_Every_Output()
    {
        // 3000 outputs of ~7 nodes each exceed the per-method node budget several times.
        var outputs = Enumerable.Range(0, 3000)
            .Select(i => (i, (Expr)(Expr.Symbol("$y0") * (double)i + Expr.Call(MathFunction.Exp, Expr.Symbol("$p0") * (double)i))))
            .ToList();
        var kernel = KernelEmitter.Compile("big", outputs, outputs.Count, zeroFill: true);
        var result = new double[3000];
        var y = new[] { 2.0 };
        var p = new[] { 1e-3 };
        kernel.Invoke(0, y, p, result);

        for (var i = 0; i < 3000; i++)
        {
            Assert.Equal((2.0 * i) + Math.Exp(1e-3 * i), result[i]);
        }
    }
}
