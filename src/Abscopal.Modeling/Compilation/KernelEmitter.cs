using System.Reflection;
using System.Reflection.Emit;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>Compiles expressions over state and parameter slots to IL (a DynamicMethod over raw pointers), with common-subexpression elimination.</summary>
/// <remarks>
/// Expressions must contain only constants, time, slot symbols (<see cref="SlotNames"/>) and built-in
/// operations: user functions inlined, model symbols resolved. The emitted code follows
/// <see cref="ExprEvaluator"/>'s semantics operation for operation, so compiled and interpreted values
/// agree bit for bit. Subexpressions that occur more than once are computed once, up front, into locals.
/// </remarks>
internal static class KernelEmitter
{
    private const int MaxNodesPerMethod = 4000;

    private static readonly Type[] s_parameterTypes = [typeof(double), typeof(double*), typeof(double*), typeof(double*)];
    private static readonly MethodInfo s_pow = typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_power = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Power), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_min = typeof(Math).GetMethod(nameof(Math.Min), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_max = typeof(Math).GetMethod(nameof(Math.Max), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_unary = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Evaluate), [typeof(MathFunction), typeof(double)])!;
    private static readonly MethodInfo s_binary = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Evaluate), [typeof(MathFunction), typeof(double), typeof(double)])!;

    /// <summary>Compiles a kernel writing output[index] = expr for each pair; with <paramref name="zeroFill"/> every other output is set to 0.</summary>
    public static Kernel Compile(string name, IReadOnlyList<(int Index, Expr Expr)> outputs, int outputLength, bool zeroFill)
    {
        var chunks = new List<List<(int, Expr)>>();
        var current = new List<(int, Expr)>();
        var nodes = 0;
        foreach (var o in outputs)
        {
            if (current.Count > 0 && nodes + o.Expr.Size > MaxNodesPerMethod)
            {
                chunks.Add(current);
                current = [];
                nodes = 0;
            }

            current.Add(o);
            nodes += o.Expr.Size;
        }

        chunks.Add(current);
        var methods = new KernelMethod[chunks.Count];
        for (var i = 0; i < chunks.Count; i++)
        {
            methods[i] = Emit($"{name}_{i}", chunks[i], outputLength, zeroFill && i == 0);
        }

        return new Kernel(methods, outputLength);
    }

    private static KernelMethod Emit(string name, List<(int Index, Expr Expr)> outputs, int outputLength, bool zeroFill)
    {
        var method = new DynamicMethod(name, typeof(void), s_parameterTypes, typeof(KernelEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        if (zeroFill && outputLength > 0)
        {
            il.Emit(OpCodes.Ldarg_3);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ldc_I4, outputLength * sizeof(double));
            il.Emit(OpCodes.Initblk);
        }

        var emitter = new Emitter(il, SharedSubexpressions(outputs.Select(o => o.Expr)));
        emitter.EmitShared();
        foreach (var (index, expr) in outputs)
        {
            il.Emit(OpCodes.Ldarg_3);
            if (index > 0)
            {
                il.Emit(OpCodes.Ldc_I4, index * sizeof(double));
                il.Emit(OpCodes.Add);
            }

            emitter.Emit(expr);
            il.Emit(OpCodes.Stind_R8);
        }

        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<KernelMethod>();
    }

    /// <summary>Non-leaf subtrees that occur more than once, children before parents.</summary>
    private static List<Expr> SharedSubexpressions(IEnumerable<Expr> roots)
    {
        var counts = new Dictionary<Expr, int>();
        foreach (var root in roots)
        {
            Count(root);
        }

        var shared = new List<Expr>();
        var added = new HashSet<Expr>();
        var visited = new HashSet<Expr>();
        foreach (var root in roots)
        {
            Order(root);
        }

        return shared;

        void Count(Expr e)
        {
            if (e.Children.IsEmpty)
            {
                return;
            }

            counts.TryGetValue(e, out var c);
            counts[e] = c + 1;
            if (c == 0)
            {
                foreach (var child in e.Children)
                {
                    Count(child);
                }
            }
        }

        void Order(Expr e)
        {
            if (e.Children.IsEmpty || !visited.Add(e))
            {
                return;
            }

            foreach (var child in e.Children)
            {
                Order(child);
            }

            if (counts[e] > 1 && added.Add(e))
            {
                shared.Add(e);
            }
        }
    }

    private sealed class Emitter(ILGenerator il, List<Expr> shared)
    {
        private readonly Dictionary<Expr, LocalBuilder> _locals = [];

        public void EmitShared()
        {
            foreach (var e in shared)
            {
                EmitNode(e);
                var local = il.DeclareLocal(typeof(double));
                il.Emit(OpCodes.Stloc, local);
                _locals[e] = local;
            }
        }

        public void Emit(Expr e)
        {
            if (_locals.TryGetValue(e, out var local))
            {
                il.Emit(OpCodes.Ldloc, local);
                return;
            }

            EmitNode(e);
        }

        private void EmitNode(Expr e)
        {
            switch (e)
            {
                case ConstantExpr c:
                    il.Emit(OpCodes.Ldc_R8, c.Value);
                    break;
                case TimeExpr:
                    il.Emit(OpCodes.Ldarg_0);
                    break;
                case SymbolExpr s:
                    if (!SlotNames.TryParse(s.Name, out var isState, out var index))
                    {
                        throw new InvalidOperationException($"Unresolved symbol '{s.Name}' reached the kernel compiler.");
                    }

                    il.Emit(isState ? OpCodes.Ldarg_1 : OpCodes.Ldarg_2);
                    if (index > 0)
                    {
                        il.Emit(OpCodes.Ldc_I4, index * sizeof(double));
                        il.Emit(OpCodes.Add);
                    }

                    il.Emit(OpCodes.Ldind_R8);
                    break;
                case UnaryExpr u:
                    Emit(u.Operand);
                    if (u.Operator == UnaryOperator.Negate)
                    {
                        il.Emit(OpCodes.Neg);
                    }
                    else
                    {
                        il.Emit(OpCodes.Ldc_R8, 0.0);
                        il.Emit(OpCodes.Ceq);
                        il.Emit(OpCodes.Conv_R8);
                    }

                    break;
                case BinaryExpr b:
                    EmitBinary(b);
                    break;
                case FunctionExpr f:
                    EmitFunction(f);
                    break;
                case PiecewiseExpr p:
                    EmitPiecewise(p);
                    break;
                default:
                    throw new InvalidOperationException($"The kernel compiler cannot compile {e.GetType().Name} ('{e}'); inline functions first.");
            }
        }

        private void EmitBinary(BinaryExpr b)
        {
            if (b.Operator == BinaryOperator.Power)
            {
                EmitPower(b);
                return;
            }

            if (b.Operator.IsLogical())
            {
                EmitTruth(b.Left);
                EmitTruth(b.Right);
                il.Emit(b.Operator switch
                {
                    BinaryOperator.And => OpCodes.And,
                    BinaryOperator.Or => OpCodes.Or,
                    _ => OpCodes.Xor,
                });
                il.Emit(OpCodes.Conv_R8);
                return;
            }

            Emit(b.Left);
            Emit(b.Right);
            switch (b.Operator)
            {
                case BinaryOperator.Add:
                    il.Emit(OpCodes.Add);
                    return;
                case BinaryOperator.Subtract:
                    il.Emit(OpCodes.Sub);
                    return;
                case BinaryOperator.Multiply:
                    il.Emit(OpCodes.Mul);
                    return;
                case BinaryOperator.Divide:
                    il.Emit(OpCodes.Div);
                    return;
                case BinaryOperator.Less:
                    il.Emit(OpCodes.Clt);
                    break;
                case BinaryOperator.Greater:
                    il.Emit(OpCodes.Cgt);
                    break;
                case BinaryOperator.Equal:
                    il.Emit(OpCodes.Ceq);
                    break;
                case BinaryOperator.LessOrEqual:
                    // a ≤ b ⇔ not (a > b or unordered): false for NaN, as in C#.
                    il.Emit(OpCodes.Cgt_Un);
                    EmitIsZero();
                    break;
                case BinaryOperator.GreaterOrEqual:
                    il.Emit(OpCodes.Clt_Un);
                    EmitIsZero();
                    break;
                case BinaryOperator.NotEqual:
                    il.Emit(OpCodes.Ceq);
                    EmitIsZero();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown operator {b.Operator}.");
            }

            il.Emit(OpCodes.Conv_R8);
        }

        // Pushes the int32 1 when the value is non-zero (NaN counts as non-zero), else 0.
        private void EmitTruth(Expr e)
        {
            Emit(e);
            il.Emit(OpCodes.Ldc_R8, 0.0);
            il.Emit(OpCodes.Ceq);
            EmitIsZero();
        }

        private void EmitIsZero()
        {
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ceq);
        }

        private void EmitPower(BinaryExpr b)
        {
            if (b.Right is ConstantExpr c)
            {
                switch (c.Value)
                {
                    case 1.0:
                        Emit(b.Left);
                        return;
                    case 2.0:
                        Emit(b.Left);
                        il.Emit(OpCodes.Dup);
                        il.Emit(OpCodes.Mul);
                        return;
                    case 3.0:
                        Emit(b.Left);
                        il.Emit(OpCodes.Dup);
                        il.Emit(OpCodes.Dup);
                        il.Emit(OpCodes.Mul);
                        il.Emit(OpCodes.Mul);
                        return;
                    case -1.0:
                        il.Emit(OpCodes.Ldc_R8, 1.0);
                        Emit(b.Left);
                        il.Emit(OpCodes.Div);
                        return;
                    case -2.0:
                        il.Emit(OpCodes.Ldc_R8, 1.0);
                        Emit(b.Left);
                        il.Emit(OpCodes.Dup);
                        il.Emit(OpCodes.Mul);
                        il.Emit(OpCodes.Div);
                        return;
                    default:
                        Emit(b.Left);
                        il.Emit(OpCodes.Ldc_R8, c.Value);
                        il.Emit(OpCodes.Call, s_pow);
                        return;
                }
            }

            Emit(b.Left);
            Emit(b.Right);
            il.Emit(OpCodes.Call, s_power);
        }

        private void EmitFunction(FunctionExpr f)
        {
            var args = f.Arguments;
            switch (f.Function)
            {
                case MathFunction.Min or MathFunction.Max:
                    Emit(args[0]);
                    for (var i = 1; i < args.Length; i++)
                    {
                        Emit(args[i]);
                        il.Emit(OpCodes.Call, f.Function == MathFunction.Min ? s_min : s_max);
                    }

                    return;
                case MathFunction.Delay or MathFunction.RateOf:
                    throw new NotSupportedException($"{MathFunctions.Name(f.Function)}() is not supported by the ODE compiler.");
            }

            var direct = DirectMethod(f.Function);
            if (direct is not null)
            {
                Emit(args[0]);
                il.Emit(OpCodes.Call, direct);
                return;
            }

            il.Emit(OpCodes.Ldc_I4, (int)f.Function);
            Emit(args[0]);
            if (args.Length == 2)
            {
                Emit(args[1]);
                il.Emit(OpCodes.Call, s_binary);
            }
            else
            {
                il.Emit(OpCodes.Call, s_unary);
            }
        }

        // Functions whose MathFunctions.Evaluate definition is exactly one System.Math call.
        private static MethodInfo? DirectMethod(MathFunction f)
        {
            var name = f switch
            {
                MathFunction.Exp => nameof(Math.Exp),
                MathFunction.Ln => nameof(Math.Log),
                MathFunction.Log10 => nameof(Math.Log10),
                MathFunction.Sqrt => nameof(Math.Sqrt),
                MathFunction.Abs => nameof(Math.Abs),
                MathFunction.Floor => nameof(Math.Floor),
                MathFunction.Ceiling => nameof(Math.Ceiling),
                MathFunction.Sin => nameof(Math.Sin),
                MathFunction.Cos => nameof(Math.Cos),
                MathFunction.Tan => nameof(Math.Tan),
                MathFunction.Sinh => nameof(Math.Sinh),
                MathFunction.Cosh => nameof(Math.Cosh),
                MathFunction.Tanh => nameof(Math.Tanh),
                MathFunction.ArcSin => nameof(Math.Asin),
                MathFunction.ArcCos => nameof(Math.Acos),
                MathFunction.ArcTan => nameof(Math.Atan),
                MathFunction.ArcSinh => nameof(Math.Asinh),
                MathFunction.ArcCosh => nameof(Math.Acosh),
                MathFunction.ArcTanh => nameof(Math.Atanh),
                _ => null,
            };
            return name is null ? null : typeof(Math).GetMethod(name, [typeof(double)]);
        }

        private void EmitPiecewise(PiecewiseExpr p)
        {
            var end = il.DefineLabel();
            foreach (var piece in p.Pieces)
            {
                var next = il.DefineLabel();
                Emit(piece.Condition);
                il.Emit(OpCodes.Ldc_R8, 0.0);
                il.Emit(OpCodes.Beq, next); // condition false (exactly 0) → next piece; NaN counts as true
                Emit(piece.Value);
                il.Emit(OpCodes.Br, end);
                il.MarkLabel(next);
            }

            if (p.Otherwise is null)
            {
                il.Emit(OpCodes.Ldc_R8, double.NaN);
            }
            else
            {
                Emit(p.Otherwise);
            }

            il.MarkLabel(end);
        }
    }
}
