using System.Reflection;
using System.Reflection.Emit;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>Compiles expressions over state and parameter slots to IL (a DynamicMethod over managed references), with common-subexpression elimination.</summary>
/// <remarks>
/// Expressions must contain only constants, time, slot symbols (<see cref="SlotNames"/>) and built-in
/// operations: user functions inlined, model symbols resolved. The emitted code follows
/// <see cref="ExprEvaluator"/>'s semantics operation for operation, so compiled and interpreted values
/// agree bit for bit. Subexpressions that occur more than once are computed once, up front, into locals.
/// </remarks>
internal static class KernelEmitter
{
    private const int MaxNodesPerMethod = 4000;

    // A closed delegate (bound to a dummy target) avoids the argument-shuffling thunk that open static delegates pay per call.
    private static readonly object s_target = new();
    private static readonly Type[] s_parameterTypes = [typeof(object), typeof(double), typeof(double).MakeByRefType(), typeof(double).MakeByRefType(), typeof(double).MakeByRefType()];
    private static readonly MethodInfo s_pow = typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_power = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Power), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_min = typeof(Math).GetMethod(nameof(Math.Min), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_max = typeof(Math).GetMethod(nameof(Math.Max), [typeof(double), typeof(double)])!;
    private static readonly MethodInfo s_unary = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Evaluate), [typeof(MathFunction), typeof(double)])!;
    private static readonly MethodInfo s_binary = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Evaluate), [typeof(MathFunction), typeof(double), typeof(double)])!;

    /// <summary>Compiles a kernel writing output[index] = expr for each pair; with <paramref name="zeroFill"/> every other output is set to 0.</summary>
    public static Kernel Compile(string name, IReadOnlyList<(int Index, Expr Expr)> outputs, int outputLength, bool zeroFill) =>
        Compile(name, [], outputs, outputLength, zeroFill);

    /// <summary>
    /// Compiles a kernel that first computes the named intermediates <paramref name="lets"/> (in order; each may use
    /// slots and earlier intermediates by name), then writes output[index] = expr. Only intermediates the outputs need are computed.
    /// </summary>
    public static Kernel Compile(string name, IReadOnlyList<(string Name, Expr Expr)> lets, IReadOnlyList<(int Index, Expr Expr)> outputs, int outputLength, bool zeroFill)
    {
        var letIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lets.Count; i++)
        {
            letIndex[lets[i].Name] = i;
        }

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
            var needed = NeededLets(lets, letIndex, chunks[i].Select(o => o.Item2));
            methods[i] = Emit($"{name}_{i}", needed, chunks[i], outputLength, zeroFill && i == 0);
        }

        return new Kernel(methods, outputLength);
    }

    /// <summary>The intermediates the outputs use directly or through other intermediates, in their original order.</summary>
    private static List<(string Name, Expr Expr)> NeededLets(IReadOnlyList<(string Name, Expr Expr)> lets, Dictionary<string, int> letIndex, IEnumerable<Expr> outputs)
    {
        if (lets.Count == 0)
        {
            return [];
        }

        var needed = new bool[lets.Count];
        var stack = new Stack<Expr>(outputs);
        while (stack.Count > 0)
        {
            foreach (var symbol in stack.Pop().Symbols())
            {
                if (letIndex.TryGetValue(symbol, out var i) && !needed[i])
                {
                    needed[i] = true;
                    stack.Push(lets[i].Expr);
                }
            }
        }

        return [.. lets.Where((_, i) => needed[i])];
    }

    private static KernelMethod Emit(string name, List<(string Name, Expr Expr)> lets, List<(int Index, Expr Expr)> outputs, int outputLength, bool zeroFill)
    {
        var method = new DynamicMethod(name, typeof(void), s_parameterTypes, typeof(KernelEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        if (zeroFill && outputLength > 0)
        {
            il.Emit(OpCodes.Ldarg_S, (byte)4);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ldc_I4, outputLength * sizeof(double));
            il.Emit(OpCodes.Initblk);
        }

        var roots = lets.Select(l => l.Expr).Concat(outputs.Select(o => o.Expr)).ToList();
        var emitter = new Emitter(il, SharedSubexpressions(roots));
        emitter.LoadSlots(roots);
        for (var i = 0; i < lets.Count; i++)
        {
            emitter.EmitSharedFirstUsedBy(i);
            emitter.EmitLet(lets[i].Name, lets[i].Expr);
        }

        for (var i = 0; i < outputs.Count; i++)
        {
            emitter.EmitSharedFirstUsedBy(lets.Count + i);
            var (index, expr) = outputs[i];
            il.Emit(OpCodes.Ldarg_S, (byte)4);
            if (index > 0)
            {
                il.Emit(OpCodes.Ldc_I4, index * sizeof(double));
                il.Emit(OpCodes.Add);
            }

            emitter.Emit(expr);
            il.Emit(OpCodes.Stind_R8);
        }

        il.Emit(OpCodes.Ret);
        return (KernelMethod)method.CreateDelegate(typeof(KernelMethod), s_target);
    }

    /// <summary>
    /// Non-leaf subtrees that occur more than once, grouped by the first root that uses them, children before
    /// parents; computing them just before that root keeps every intermediate they mention already computed.
    /// </summary>
    private static List<Expr>[] SharedSubexpressions(List<Expr> roots)
    {
        var counts = new Dictionary<Expr, int>();
        foreach (var root in roots)
        {
            Count(root);
        }

        var groups = new List<Expr>[roots.Count];
        var added = new HashSet<Expr>();
        var visited = new HashSet<Expr>();
        for (var r = 0; r < roots.Count; r++)
        {
            groups[r] = [];
            Order(roots[r], groups[r]);
        }

        return groups;

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

        void Order(Expr e, List<Expr> group)
        {
            if (e.Children.IsEmpty || !visited.Add(e))
            {
                return;
            }

            foreach (var child in e.Children)
            {
                Order(child, group);
            }

            if (counts[e] > 1 && added.Add(e))
            {
                group.Add(e);
            }
        }
    }

    private sealed class Emitter(ILGenerator il, List<Expr>[] shared)
    {
        private readonly Dictionary<Expr, LocalBuilder> _locals = [];
        private readonly Dictionary<string, LocalBuilder> _slots = new(StringComparer.Ordinal);

        /// <summary>Reads every slot the roots use into a local once, up front.</summary>
        /// <remarks>
        /// Outputs are written through a pointer that may alias the inputs, so without this the JIT must
        /// reload a state from memory after every store; hand-written code avoids that the same way.
        /// </remarks>
        public void LoadSlots(IEnumerable<Expr> roots)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var root in roots)
            {
                root.Any(e =>
                {
                    if (e is SymbolExpr s && SlotNames.TryParse(s.Name, out _, out _))
                    {
                        names.Add(s.Name);
                    }

                    return false;
                });
            }

            foreach (var name in names)
            {
                EmitSlotLoad(name);
                var local = il.DeclareLocal(typeof(double));
                il.Emit(OpCodes.Stloc, local);
                _slots[name] = local;
            }
        }

        public void EmitSharedFirstUsedBy(int root)
        {
            foreach (var e in shared[root])
            {
                EmitNode(e);
                var local = il.DeclareLocal(typeof(double));
                il.Emit(OpCodes.Stloc, local);
                _locals[e] = local;
            }
        }

        public void EmitLet(string name, Expr expr)
        {
            Emit(expr);
            var local = il.DeclareLocal(typeof(double));
            il.Emit(OpCodes.Stloc, local);
            _slots[name] = local;
        }

        private void EmitSlotLoad(string name)
        {
            if (!SlotNames.TryParse(name, out var isState, out var index))
            {
                throw new InvalidOperationException($"Unresolved symbol '{name}' reached the kernel compiler.");
            }

            il.Emit(isState ? OpCodes.Ldarg_2 : OpCodes.Ldarg_3);
            if (index > 0)
            {
                il.Emit(OpCodes.Ldc_I4, index * sizeof(double));
                il.Emit(OpCodes.Add);
            }

            il.Emit(OpCodes.Ldind_R8);
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
                    il.Emit(OpCodes.Ldarg_1);
                    break;
                case SymbolExpr s:
                    if (_slots.TryGetValue(s.Name, out var slot))
                    {
                        il.Emit(OpCodes.Ldloc, slot);
                    }
                    else
                    {
                        EmitSlotLoad(s.Name);
                    }

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
