using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>Checks a model's consistency: unique ids, defined references, one rule per variable, no rules on constants.</summary>
public static class ModelValidator
{
    /// <summary>Every problem found in <paramref name="model"/> (empty when valid).</summary>
    public static IReadOnlyList<ModelDiagnostic> Validate(Model model)
    {
        var problems = new List<ModelDiagnostic>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);

        void Declare(string id, string kind, ModelComponent subject)
        {
            if (!IsValidId(id))
            {
                problems.Add(new($"{kind} '{id}'", "is not a valid id: use a letter or '_' followed by letters, digits or '_'.", subject));
            }
            else if (id == "time")
            {
                problems.Add(new($"{kind} '{id}'", "'time' is reserved for model time.", subject));
            }

            if (!ids.TryAdd(id, kind))
            {
                problems.Add(new($"{kind} '{id}'", $"the id is already used by a {ids[id]}.", subject));
            }
        }

        foreach (var f in model.Functions)
        {
            Declare(f.Id, "function", f);
        }

        foreach (var c in model.Compartments)
        {
            Declare(c.Id, "compartment", c);
            if (c.Size is { } size && (double.IsNaN(size) || size < 0))
            {
                problems.Add(new($"compartment '{c.Id}'", $"size {size} is not allowed: it must be ≥ 0.", c));
            }
        }

        foreach (var s in model.Species)
        {
            Declare(s.Id, "species", s);
            if (!model.Compartments.Any(c => c.Id == s.Compartment))
            {
                problems.Add(new($"species '{s.Id}'", $"its compartment '{s.Compartment}' is not defined.", s));
            }

            if (s.InitialAmount is not null && s.InitialConcentration is not null)
            {
                problems.Add(new($"species '{s.Id}'", "has both an initial amount and an initial concentration; give one.", s));
            }
        }

        foreach (var p in model.Parameters)
        {
            Declare(p.Id, "parameter", p);
        }

        foreach (var r in model.Reactions)
        {
            Declare(r.Id, "reaction", r);
            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                if (sr.Id is not null)
                {
                    Declare(sr.Id, "species reference", sr);
                }

                if (!model.Species.Any(s => s.Id == sr.Species))
                {
                    problems.Add(new($"reaction '{r.Id}'", $"species '{sr.Species}' is not defined.", r));
                }
            }

            foreach (var m in r.Modifiers)
            {
                if (!model.Species.Any(s => s.Id == m))
                {
                    problems.Add(new($"reaction '{r.Id}'", $"modifier species '{m}' is not defined.", r));
                }
            }

            if (r.KineticLaw is not null)
            {
                var locals = new HashSet<string>(StringComparer.Ordinal);
                foreach (var lp in r.KineticLaw.LocalParameters)
                {
                    if (!locals.Add(lp.Id))
                    {
                        problems.Add(new($"reaction '{r.Id}'", $"local parameter '{lp.Id}' is declared twice.", r));
                    }
                }
            }
        }

        foreach (var e in model.Events)
        {
            if (e.Id is not null)
            {
                Declare(e.Id, "event", e);
            }
        }

        var functions = model.Functions.ToDictionary(f => f.Id, StringComparer.Ordinal);
        bool IsValue(string id) => ids.TryGetValue(id, out var kind) && kind is not ("function" or "event");

        void CheckMath(Expr math, string element, ModelComponent subject, IReadOnlySet<string>? extra = null)
        {
            foreach (var name in math.Symbols())
            {
                if (!IsValue(name) && extra?.Contains(name) != true)
                {
                    problems.Add(new(element, $"'{name}' is not defined.", subject));
                }
            }

            CheckCalls(math, element, subject);
        }

        void CheckCalls(Expr math, string element, ModelComponent subject) =>
            math.Any(node =>
            {
                if (node is CallExpr call)
                {
                    if (!functions.TryGetValue(call.Name, out var def))
                    {
                        problems.Add(new(element, $"function '{call.Name}' is not defined.", subject));
                    }
                    else if (def.Arguments.Length != call.Arguments.Length)
                    {
                        problems.Add(new(element, $"function '{call.Name}' takes {def.Arguments.Length} argument(s), not {call.Arguments.Length}.", subject));
                    }
                }

                return false;
            });

        foreach (var f in model.Functions)
        {
            var args = new HashSet<string>(f.Arguments, StringComparer.Ordinal);
            foreach (var name in f.Body.Symbols())
            {
                if (!args.Contains(name))
                {
                    problems.Add(new($"function '{f.Id}'", $"its body refers to '{name}', which is not one of its arguments.", f));
                }
            }

            CheckCalls(f.Body, $"function '{f.Id}'", f);
        }

        CheckRecursion(model, functions, problems);

        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ia in model.InitialAssignments)
        {
            var element = $"initial assignment for '{ia.Symbol}'";
            if (!IsValue(ia.Symbol) || ids[ia.Symbol] == "reaction")
            {
                problems.Add(new(element, $"'{ia.Symbol}' is not a compartment, species, parameter or species reference.", ia));
            }

            CheckMath(ia.Math, element, ia);
        }

        foreach (var rule in model.Rules)
        {
            switch (rule)
            {
                case AssignmentRule ar:
                    CheckRuleTarget(ar.Variable, "assignment rule", ar);
                    CheckMath(ar.Math, $"assignment rule for '{ar.Variable}'", ar);
                    if (model.InitialAssignments.Any(ia => ia.Symbol == ar.Variable))
                    {
                        problems.Add(new($"assignment rule for '{ar.Variable}'", "the variable also has an initial assignment; an assignment rule already fixes its value at all times.", ar));
                    }

                    break;
                case RateRule rr:
                    CheckRuleTarget(rr.Variable, "rate rule", rr);
                    CheckMath(rr.Math, $"rate rule for '{rr.Variable}'", rr);
                    break;
                case AlgebraicRule alg:
                    CheckMath(alg.Math, "algebraic rule", alg);
                    break;
            }
        }

        void CheckRuleTarget(string variable, string kind, Rule rule)
        {
            var element = $"{kind} for '{variable}'";
            if (!IsValue(variable) || ids[variable] == "reaction")
            {
                problems.Add(new(element, $"'{variable}' is not a compartment, species, parameter or species reference.", rule));
                return;
            }

            if (!assigned.TryAdd(variable, kind))
            {
                var article = assigned[variable].StartsWith('a') ? "an" : "a";
                problems.Add(new(element, $"'{variable}' already has {article} {assigned[variable]}; a variable takes at most one rule.", rule));
            }

            if (IsConstant(model, variable))
            {
                problems.Add(new(element, $"'{variable}' is declared constant; a rule needs a variable that may change.", rule));
            }
        }

        foreach (var r in model.Reactions)
        {
            if (r.KineticLaw is { } law)
            {
                var locals = law.LocalParameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                CheckMath(law.Math, $"kinetic law of reaction '{r.Id}'", r, locals);
            }

            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                if (sr.StoichiometryMath is { } sm)
                {
                    CheckMath(sm, $"stoichiometry of '{sr.Species}' in reaction '{r.Id}'", r);
                }
            }
        }

        foreach (var e in model.Events)
        {
            var element = e.Id is null ? "event" : $"event '{e.Id}'";
            CheckMath(e.Trigger.Math, element + " trigger", e);
            if (e.Delay is not null)
            {
                CheckMath(e.Delay, element + " delay", e);
            }

            if (e.Priority is not null)
            {
                CheckMath(e.Priority, element + " priority", e);
            }

            foreach (var ea in e.Assignments)
            {
                if (!IsValue(ea.Variable) || ids[ea.Variable] == "reaction")
                {
                    problems.Add(new(element, $"assigns '{ea.Variable}', which is not a compartment, species, parameter or species reference.", e));
                    continue;
                }

                if (IsConstant(model, ea.Variable))
                {
                    problems.Add(new(element, $"assigns '{ea.Variable}', which is declared constant.", e));
                }

                if (model.Rules.OfType<AssignmentRule>().Any(r => r.Variable == ea.Variable))
                {
                    problems.Add(new(element, $"assigns '{ea.Variable}', which an assignment rule already defines at all times.", e));
                }

                CheckMath(ea.Math, $"{element} assignment to '{ea.Variable}'", e);
            }
        }

        return problems;
    }

    /// <summary>Whether <paramref name="id"/> is a valid SBML-style identifier: a letter or '_' then letters, digits or '_'.</summary>
    public static bool IsValidId(string id)
    {
        if (string.IsNullOrEmpty(id) || !(char.IsAsciiLetter(id[0]) || id[0] == '_'))
        {
            return false;
        }

        foreach (var ch in id)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConstant(Model model, string id) =>
        model.Find(id) switch
        {
            Compartment c => c.Constant,
            Species s => s.Constant,
            Parameter p => p.Constant,
            SpeciesReference sr => sr.Constant,
            _ => false,
        };

    private static void CheckRecursion(Model model, Dictionary<string, FunctionDefinition> functions, List<ModelDiagnostic> problems)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        foreach (var f in model.Functions)
        {
            Visit(f);
        }

        void Visit(FunctionDefinition f)
        {
            if (state.TryGetValue(f.Id, out var s))
            {
                if (s == 1)
                {
                    problems.Add(new($"function '{f.Id}'", "calls itself, directly or through other functions; recursion is not allowed.", f));
                }

                return;
            }

            state[f.Id] = 1;
            f.Body.Any(node =>
            {
                if (node is CallExpr call && functions.TryGetValue(call.Name, out var callee))
                {
                    Visit(callee);
                }

                return false;
            });
            state[f.Id] = 2;
        }
    }
}
