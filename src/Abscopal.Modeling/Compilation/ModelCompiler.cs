using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Modeling.Compilation;

/// <summary>Compiles a model into allocation-free evaluators: right-hand side, analytic Jacobian, ∂f/∂t, observables and events.</summary>
/// <remarks>
/// SBML semantics: a floating species is stored as its amount and its symbol means amount ÷ compartment
/// size unless it has only substance units; reactions change amounts by stoichiometry × rate × conversion
/// factor; assignment rules and reaction rates are inlined into every formula that uses them; rate-rule
/// variables are states holding the variable's own value. States are ordered species first (declaration
/// order), then other rate-rule variables (rule order).
/// </remarks>
public static class ModelCompiler
{
    /// <summary>Compiles <paramref name="model"/>.</summary>
    /// <exception cref="ModelValidationException">The model is invalid or uses a feature the compiler does not support (named in the message).</exception>
    public static CompiledModel Compile(Model model)
    {
        var problems = ModelValidator.Validate(model);
        if (problems.Count > 0)
        {
            throw new ModelValidationException(model.Id, problems);
        }

        return new Flattener(model).Compile();
    }

    private sealed class Flattener
    {
        private readonly Model _model;
        private readonly Dictionary<string, FunctionDefinition> _functions;
        private readonly Dictionary<string, Expr> _assignmentRules = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Expr> _rateRules = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SymbolInfo> _symbols = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Expr> _values = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
        private readonly HashSet<string> _rating = new(StringComparer.Ordinal);
        private readonly List<string> _stateIds = [];
        private readonly List<string> _parameterIds = [];
        private readonly List<double> _parameterValues = [];
        private readonly Dictionary<string, Reaction> _reactions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SpeciesReference> _speciesReferences = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Expr> _references = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Species> _species = new(StringComparer.Ordinal);
        private Dictionary<string, List<(Reaction Reaction, SpeciesReference Reference, double Sign)>>? _participations;
        private readonly List<(string Name, Expr Expr)> _intermediates = [];

        public Flattener(Model model)
        {
            _model = model;
            _functions = model.Functions.ToDictionary(f => f.Id, StringComparer.Ordinal);
            foreach (var s in model.Species)
            {
                _species[s.Id] = s;
            }
        }

        /// <summary>The reactions a species takes part in, with its reference and sign (−1 reactant, +1 product), in model order.</summary>
        private List<(Reaction Reaction, SpeciesReference Reference, double Sign)> Participations(string speciesId)
        {
            if (_participations is null)
            {
                _participations = new(StringComparer.Ordinal);
                foreach (var r in _model.Reactions)
                {
                    foreach (var sr in r.Reactants)
                    {
                        Add(sr, r, -1.0);
                    }

                    foreach (var sr in r.Products)
                    {
                        Add(sr, r, 1.0);
                    }
                }
            }

            return _participations.TryGetValue(speciesId, out var list) ? list : [];

            void Add(SpeciesReference sr, Reaction r, double sign)
            {
                if (!_participations.TryGetValue(sr.Species, out var l))
                {
                    _participations[sr.Species] = l = [];
                }

                l.Add((r, sr, sign));
            }
        }

        public CompiledModel Compile()
        {
            RefuseUnsupported();
            foreach (var rule in _model.Rules)
            {
                if (rule is AssignmentRule ar)
                {
                    _assignmentRules[ar.Variable] = Inline(ar.Math, $"assignment rule for '{ar.Variable}'");
                }
                else if (rule is RateRule rr)
                {
                    _rateRules[rr.Variable] = Inline(rr.Math, $"rate rule for '{rr.Variable}'");
                }
            }

            // SBML Level 2 stoichiometryMath: a species reference with an id takes the math's value at all times.
            foreach (var sr in _model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)))
            {
                if (sr.Id is not null && sr.StoichiometryMath is { } sm && !_assignmentRules.ContainsKey(sr.Id))
                {
                    _assignmentRules[sr.Id] = Inline(sm, $"stoichiometryMath of '{sr.Id}'");
                }
            }

            AssignStorage();
            var n = _stateIds.Count;

            // Right-hand side, fully inlined (for documentation, event analysis and tests) ...
            var rhs = new Expr[n];
            for (var i = 0; i < n; i++)
            {
                rhs[i] = ExprSimplifier.Simplify(Derivative(_stateIds[i], Value));
            }

            // ... and over named intermediates (assignment rules, reaction rates), which the kernels compute once each.
            var structural = new Expr[n];
            for (var i = 0; i < n; i++)
            {
                structural[i] = ExprSimplifier.Simplify(Derivative(_stateIds[i], Reference));
            }

            var (jacobianLets, jacobian, timeDerivative) = new ChainRule(_intermediates, structural, n).Differentiate();

            // Parameter-only subexpressions become derived slots, computed once per parameter change.
            var derived = new DerivedParameters(_parameterIds.Count);
            List<(string Name, Expr Expr)> HoistLets(IEnumerable<(string Name, Expr Expr)> lets) => [.. lets.Select(l => (l.Name, derived.Hoist(l.Expr)))];
            List<(int Index, Expr Expr)> HoistOutputs(IEnumerable<(int Index, Expr Expr)> outputs) => [.. outputs.Select(o => (o.Index, derived.Hoist(o.Expr)))];
            var rhsLets = HoistLets(_intermediates);
            var rhsOutputs = HoistOutputs(structural.Select((e, i) => (i, e)));
            var jacobianLetsHoisted = HoistLets(jacobianLets);
            var jacobianOutputs = HoistOutputs(jacobian);
            var timeOutputs = HoistOutputs(timeDerivative);
            var stateValues = new List<(int, Expr)>();
            for (var i = 0; i < n; i++)
            {
                stateValues.Add((i, Value(_stateIds[i])));
            }

            var events = CompileEvents(out var triggers, out var leaves, out var delays, out var priorities);
            var switches = TimeSwitch.Collect(rhs);

            var name = _model.Id;
            return new CompiledModel(
                _model,
                [.. _stateIds],
                [.. _parameterIds],
                [.. _parameterValues],
                _symbols.ToImmutableDictionary(StringComparer.Ordinal),
                rhs.ToImmutableArray(),
                KernelEmitter.Compile(name + "_rhs", rhsLets, rhsOutputs, n, zeroFill: false),
                KernelEmitter.Compile(name + "_jac", jacobianLetsHoisted, jacobianOutputs, n * n, zeroFill: true),
                KernelEmitter.Compile(name + "_dfdt", jacobianLetsHoisted, timeOutputs, n, zeroFill: true),
                KernelEmitter.Compile(name + "_values", stateValues, n, zeroFill: false),
                events,
                KernelEmitter.Compile(name + "_triggers", [.. triggers.Select((e, i) => (i, e))], triggers.Count, zeroFill: false),
                leaves,
                KernelEmitter.Compile(name + "_roots", [.. leaves.Where(l => !l.IsTimeThreshold).Select((l, i) => (i, l.Function))], leaves.Count(l => !l.IsTimeThreshold), zeroFill: false),
                KernelEmitter.Compile(name + "_thresholds", [.. leaves.Where(l => l.IsTimeThreshold).Select((l, i) => (i, l.Function))], leaves.Count(l => l.IsTimeThreshold), zeroFill: false),
                KernelEmitter.Compile(name + "_delays", [.. delays.Select((e, i) => (i, e))], delays.Count, zeroFill: false),
                KernelEmitter.Compile(name + "_priorities", [.. priorities.Select((e, i) => (i, e))], priorities.Count, zeroFill: false),
                InitialMath(),
                this.Value)
            {
                Intermediates = [.. rhsLets],
                StructuralRightHandSide = [.. rhsOutputs.Select(o => o.Expr)],
                JacobianSparsity = SparsityPattern.FromFlatIndices(n, jacobianOutputs.Select(o => o.Index)),
                DerivedParameterCount = derived.Count,
                DerivedParameters = KernelEmitter.Compile(name + "_derived", derived.Definitions, derived.Count, zeroFill: false),
                TimeSwitches = [.. switches],
                SwitchTimes = KernelEmitter.Compile(name + "_switchTimes", [.. switches.Select((s, i) => (i, s.Time))], switches.Count, zeroFill: false),
                SwitchConditions = KernelEmitter.Compile(name + "_switchConditions", [.. switches.Select((s, i) => (i, (Expr)s.Condition))], switches.Count, zeroFill: false),
            };
        }

        private void RefuseUnsupported()
        {
            foreach (var rule in _model.Rules)
            {
                if (rule is AlgebraicRule)
                {
                    throw new ModelValidationException(_model.Id, [new ModelDiagnostic("algebraic rule", $"'0 = {rule.Math}' is not supported: algebraic rules need a DAE solver; rewrite it as an assignment rule.", rule)]);
                }
            }

            foreach (var r in _model.Reactions)
            {
                if (r.Fast)
                {
                    throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"reaction '{r.Id}'", "fast reactions (quasi-steady-state) are not supported: remove the fast flag or replace the reaction by an assignment rule.", r)]);
                }
            }

            IEnumerable<(Expr Math, string Element)> all = _model.Rules.Select(r => (r.Math, r is AssignmentRule a ? $"assignment rule for '{a.Variable}'" : r is RateRule rr ? $"rate rule for '{rr.Variable}'" : "rule"))
                .Concat(_model.Reactions.Where(r => r.KineticLaw is not null).Select(r => (r.KineticLaw!.Math, $"kinetic law of reaction '{r.Id}'")))
                .Concat(_model.Events.SelectMany(e => e.Assignments.Select(a => (a.Math, $"event assignment to '{a.Variable}'")).Append((e.Trigger.Math, "event trigger"))))
                .Concat(_model.Events.SelectMany(e => new[] { (e.Delay, "event delay"), (e.Priority, "event priority") }).Where(x => x.Item1 is not null).Select(x => (x.Item1!, x.Item2)))
                .Concat(_model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)).Where(sr => sr.StoichiometryMath is not null).Select(sr => (sr.StoichiometryMath!, $"stoichiometryMath of '{sr.Id ?? sr.Species}'")))
                .Concat(_model.InitialAssignments.Select(ia => (ia.Math, $"initial assignment for '{ia.Symbol}'")))
                .Concat(_model.Functions.Select(f => (f.Body, $"function '{f.Id}'")));
            foreach (var (math, element) in all)
            {
                if (math.Any(static e => e is FunctionExpr { Function: MathFunction.Delay }))
                {
                    throw new ModelValidationException(_model.Id, [new ModelDiagnostic(element, "delay() is not supported: it makes the model a delay differential equation, which the ODE compiler does not solve.")]);
                }
            }

            foreach (var ia in _model.InitialAssignments)
            {
                if (ia.Math.Any(static e => e is FunctionExpr { Function: MathFunction.RateOf }))
                {
                    throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"initial assignment for '{ia.Symbol}'", "rateOf() in an initial assignment is not supported: initial values are computed before any rate exists.")]);
                }
            }
        }

        private Expr Inline(Expr math, string element)
        {
            try
            {
                return FunctionInliner.Inline(math, _functions);
            }
            catch (ModelValidationException ex)
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic(element, ex.Message)]);
            }
        }

        private void AssignStorage()
        {
            foreach (var s in _model.Species)
            {
                var symbolIsAmount = s.HasOnlySubstanceUnits;
                if (_assignmentRules.ContainsKey(s.Id))
                {
                    Computed(s.Id, s.Compartment);
                }
                else if (_rateRules.ContainsKey(s.Id))
                {
                    _symbols[s.Id] = new SymbolInfo(s.Id, SymbolStorage.State, _stateIds.Count, false, s.Compartment);
                    _stateIds.Add(s.Id);
                }
                else if (!s.Constant && !s.BoundaryCondition)
                {
                    _symbols[s.Id] = new SymbolInfo(s.Id, SymbolStorage.State, _stateIds.Count, !symbolIsAmount, s.Compartment);
                    _stateIds.Add(s.Id);
                }
                else
                {
                    AddParameterSlot(s.Id, double.NaN, storesAmount: !symbolIsAmount, compartment: s.Compartment);
                }
            }

            foreach (var rule in _model.Rules.OfType<RateRule>())
            {
                if (!_symbols.ContainsKey(rule.Variable))
                {
                    _symbols[rule.Variable] = new SymbolInfo(rule.Variable, SymbolStorage.State, _stateIds.Count, false, null);
                    _stateIds.Add(rule.Variable);
                }
            }

            foreach (var c in _model.Compartments)
            {
                StoreUnlessDone(c.Id, c.Size ?? double.NaN);
            }

            foreach (var p in _model.Parameters)
            {
                StoreUnlessDone(p.Id, p.Value ?? double.NaN);
            }

            foreach (var r in _model.Reactions)
            {
                _reactions[r.Id] = r;
                Computed(r.Id, null);
                foreach (var sr in r.Reactants.Concat(r.Products))
                {
                    if (sr.Id is not null)
                    {
                        _speciesReferences[sr.Id] = sr;
                        StoreUnlessDone(sr.Id, sr.Stoichiometry ?? double.NaN);
                    }
                }

                if (r.KineticLaw is not null)
                {
                    foreach (var lp in r.KineticLaw.LocalParameters)
                    {
                        AddParameterSlot(LocalParameterSlotName(r.Id, lp.Id), lp.Value ?? double.NaN, false, null);
                    }
                }
            }
        }

        private void StoreUnlessDone(string id, double value)
        {
            if (_symbols.ContainsKey(id))
            {
                return;
            }

            if (_assignmentRules.ContainsKey(id))
            {
                Computed(id, null);
            }
            else
            {
                AddParameterSlot(id, value, false, null);
            }
        }

        private void Computed(string id, string? compartment) =>
            _symbols[id] = new SymbolInfo(id, SymbolStorage.Computed, -1, false, compartment);

        private void AddParameterSlot(string id, double value, bool storesAmount, string? compartment)
        {
            _symbols[id] = new SymbolInfo(id, SymbolStorage.Parameter, _parameterIds.Count, storesAmount, compartment);
            _parameterIds.Add(id);
            _parameterValues.Add(value);
        }

        internal static string LocalParameterSlotName(string reactionId, string localId) => reactionId + "." + localId;

        /// <summary>The value of a model symbol as an expression over slots and time.</summary>
        public Expr Value(string id)
        {
            if (_values.TryGetValue(id, out var done))
            {
                return done;
            }

            if (!_symbols.TryGetValue(id, out var info))
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"symbol '{id}'", "is not defined.")]);
            }

            if (!_resolving.Add(id))
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"assignment rule for '{id}'", $"depends on itself through a cycle of assignment rules ({string.Join(" → ", _resolving)} → {id}).")]);
            }

            Expr value;
            switch (info.Storage)
            {
                case SymbolStorage.State:
                case SymbolStorage.Parameter:
                    Expr slot = info.Storage == SymbolStorage.State ? SlotNames.State(info.Index) : SlotNames.Parameter(info.Index);
                    value = info.StoresAmount ? Expr.Divide(slot, Value(info.Compartment!)) : slot;
                    break;
                default:
                    if (_assignmentRules.TryGetValue(id, out var rule))
                    {
                        value = Resolve(rule, null);
                    }
                    else if (_reactions.TryGetValue(id, out var reaction))
                    {
                        value = reaction.KineticLaw is null ? Expr.Zero : Resolve(Inline(reaction.KineticLaw.Math, $"kinetic law of reaction '{id}'"), reaction);
                    }
                    else
                    {
                        throw new InvalidOperationException($"Computed symbol '{id}' has no definition.");
                    }

                    break;
            }

            _resolving.Remove(id);
            value = ExprSimplifier.Simplify(value);
            _values[id] = value;
            return value;
        }

        /// <summary>The value of a model symbol over slots, time and named intermediates: assignment-rule variables and reaction rates become intermediates "$w<i>k</i>", computed once in the kernels.</summary>
        public Expr Reference(string id)
        {
            if (_references.TryGetValue(id, out var done))
            {
                return done;
            }

            var info = _symbols[id];
            Expr reference;
            if (info.Storage != SymbolStorage.Computed)
            {
                Expr slot = info.Storage == SymbolStorage.State ? SlotNames.State(info.Index) : SlotNames.Parameter(info.Index);
                reference = info.StoresAmount ? ExprSimplifier.Simplify(Expr.Divide(slot, Reference(info.Compartment!))) : slot;
            }
            else
            {
                // Value() has already been computed for every symbol the right-hand side uses, so cycles were reported there.
                var definition = _assignmentRules.TryGetValue(id, out var rule)
                    ? Resolve(rule, null, Reference)
                    : _reactions[id].KineticLaw is { } law ? Resolve(Inline(law.Math, $"kinetic law of reaction '{id}'"), _reactions[id], Reference) : Expr.Zero;
                definition = ExprSimplifier.Simplify(definition);
                if (definition.Children.IsEmpty)
                {
                    reference = definition; // a constant or a single slot: no need for an intermediate
                }
                else
                {
                    reference = Expr.Symbol("$w" + _intermediates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _intermediates.Add((((SymbolExpr)reference).Name, definition));
                }
            }

            _references[id] = reference;
            return reference;
        }

        /// <summary>Rewrites model symbols in <paramref name="math"/> to their values; inside a kinetic law, local parameters shadow globals.</summary>
        public Expr Resolve(Expr math, Reaction? scope) => Resolve(math, scope, Value);

        private Expr Resolve(Expr math, Reaction? scope, Func<string, Expr> valueOf)
        {
            var locals = scope?.KineticLaw?.LocalParameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            return math.Rewrite(node =>
            {
                if (node is FunctionExpr { Function: MathFunction.RateOf } f)
                {
                    return f.Arguments is [SymbolExpr target] && (locals is null || !locals.Contains(target.Name))
                        ? RateOf(target.Name, valueOf)
                        : f.Arguments is [SymbolExpr] ? Expr.Zero // a reaction's local parameter is constant
                        : throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"rateOf({f.Arguments[0]})", "is not supported: rateOf() takes the id of a model variable.")]);
                }

                if (node is not SymbolExpr s)
                {
                    return null;
                }

                if (locals is not null && locals.Contains(s.Name))
                {
                    return SlotNames.Parameter(_symbols[LocalParameterSlotName(scope!.Id, s.Name)].Index);
                }

                return s.Name.StartsWith('$') ? s : valueOf(s.Name);
            });
        }

        /// <summary>SBML's rateOf(<paramref name="id"/>): the time derivative of the symbol's value as the model means it (concentration for species with concentration semantics).</summary>
        private Expr RateOf(string id, Func<string, Expr> valueOf)
        {
            if (!_symbols.TryGetValue(id, out var info))
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"rateOf({id})", "refers to an undefined symbol.")]);
            }

            if (!_rating.Add(id))
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"rateOf({id})", $"depends on itself ({string.Join(" → ", _rating)} → {id}).")]);
            }

            Expr rate;
            switch (info.Storage)
            {
                case SymbolStorage.State:
                    var slotRate = Derivative(id, valueOf);
                    if (info.StoresAmount)
                    {
                        // d(n/V)/dt = (dn/dt)/V − n·(dV/dt)/V²
                        var volume = valueOf(info.Compartment!);
                        var amount = SlotNames.State(info.Index);
                        rate = Expr.Subtract(
                            Expr.Divide(slotRate, volume),
                            Expr.Divide(Expr.Multiply(amount, RateOf(info.Compartment!, valueOf)), Expr.Multiply(volume, volume)));
                    }
                    else
                    {
                        rate = slotRate;
                    }

                    break;
                case SymbolStorage.Parameter:
                    // Constant between events; a species stored as an amount in a slot changes only with its compartment.
                    rate = info.StoresAmount
                        ? Expr.Negate(Expr.Divide(Expr.Multiply(Value(id), RateOf(info.Compartment!, valueOf)), valueOf(info.Compartment!)))
                        : Expr.Zero;
                    break;
                default:
                    if (!_assignmentRules.ContainsKey(id))
                    {
                        throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"rateOf({id})", "is not supported: rateOf() of a reaction rate has no meaning in SBML.")]);
                    }

                    // Chain rule over the fully inlined value: ∂E/∂t + Σ ∂E/∂y_i · dy_i/dt.
                    var value = Value(id);
                    rate = ExprDerivative.WithRespectToTime(value);
                    foreach (var symbol in value.Symbols())
                    {
                        if (SlotNames.TryParse(symbol, out var isState, out var index) && isState)
                        {
                            rate = Expr.Add(rate, Expr.Multiply(ExprDerivative.WithRespectTo(value, symbol), Derivative(_stateIds[index], valueOf)));
                        }
                    }

                    break;
            }

            _rating.Remove(id);
            return ExprSimplifier.Simplify(rate);
        }

        private Expr Derivative(string stateId, Func<string, Expr> valueOf)
        {
            if (_rateRules.TryGetValue(stateId, out var rate))
            {
                return Resolve(rate, null, valueOf);
            }

            var species = _species[stateId];
            Expr sum = Expr.Zero;
            foreach (var (r, sr, sign) in Participations(stateId))
            {
                Expr stoichiometry = sr.StoichiometryMath is { } sm ? Resolve(Inline(sm, $"stoichiometry in reaction '{r.Id}'"), null, valueOf)
                    : sr.Id is not null ? valueOf(sr.Id)
                    : Expr.Constant(sr.Stoichiometry ?? 1.0);
                var term = Expr.Multiply(stoichiometry, valueOf(r.Id));
                sum = sign > 0 ? Expr.Add(sum, term) : Expr.Subtract(sum, term);
            }

            var factor = species.ConversionFactor ?? _model.ConversionFactor;
            return factor is null ? sum : Expr.Multiply(valueOf(factor), sum);
        }

        private List<CompiledEvent> CompileEvents(out List<Expr> triggers, out List<EventLeaf> leaves, out List<Expr> delays, out List<Expr> priorities)
        {
            triggers = [];
            delays = [];
            priorities = [];
            var leafSet = new Dictionary<Expr, int>();
            leaves = [];
            var events = new List<CompiledEvent>();
            for (var k = 0; k < _model.Events.Length; k++)
            {
                var e = _model.Events[k];
                var id = e.Id ?? $"event#{k}";
                var trigger = ExprSimplifier.Simplify(Resolve(Inline(e.Trigger.Math, $"trigger of {id}"), null));
                triggers.Add(trigger);
                CollectLeaves(trigger, leafSet, leaves);
                delays.Add(e.Delay is null ? Expr.Zero : Resolve(Inline(e.Delay, $"delay of {id}"), null));
                priorities.Add(e.Priority is null ? Expr.Constant(double.NegativeInfinity) : Resolve(Inline(e.Priority, $"priority of {id}"), null));
                var targets = e.Assignments.Select(a => _symbols[a.Variable]).ToImmutableArray();
                var values = e.Assignments.Select((a, i) => (i, Resolve(Inline(a.Math, $"assignment to '{a.Variable}' in {id}"), null))).ToList();
                events.Add(new CompiledEvent(id, k, targets, e.Delay is not null, e.Priority is not null, e.Trigger.InitialValue, e.Trigger.Persistent, e.UseValuesFromTriggerTime)
                {
                    Assignments = KernelEmitter.Compile($"{_model.Id}_{id}_assign", values, values.Count, zeroFill: false),
                    TargetScales = KernelEmitter.Compile(
                        $"{_model.Id}_{id}_scales",
                        [.. targets.Select((t, i) => (i, t.StoresAmount ? Value(t.Compartment!) : Expr.One))],
                        targets.Length,
                        zeroFill: false),
                });
            }

            return events;
        }

        private static void CollectLeaves(Expr trigger, Dictionary<Expr, int> seen, List<EventLeaf> leaves) =>
            trigger.Any(node =>
            {
                if (node is BinaryExpr b && b.Operator.IsRelational() && !seen.ContainsKey(b))
                {
                    seen[b] = leaves.Count;
                    leaves.Add(EventLeaf.From(b));
                }

                return false;
            });

        private ImmutableArray<(string Symbol, Expr Math)> InitialMath() =>
            [.. _model.InitialAssignments.Select(ia => (ia.Symbol, Inline(ia.Math, $"initial assignment for '{ia.Symbol}'")))];
    }
}
