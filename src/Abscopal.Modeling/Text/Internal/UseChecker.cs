namespace Abscopal.Modeling.Text.Internal;

/// <summary>Checks that every name a formula uses is defined and every call names a function with the right number of arguments, reporting each at its place.</summary>
internal sealed class UseChecker(ModelAssembler model, ParseErrors errors, PathResolution paths, ExpressionBinder binder)
{
    private readonly List<(SymbolUse Use, ReactionSyntax? Scope)> _unknown = [];

    /// <summary>Checks every formula that ends up in the model.</summary>
    public void Check(IEnumerable<RuleSyntax> rules, IEnumerable<FunctionSyntax> functions)
    {
        foreach (var symbol in model.Ordered)
        {
            if (symbol.Initial is { } initial)
            {
                CheckFormula(initial, symbol.Kind == SymbolKind.Reaction ? symbol.Reaction : null);
            }
        }

        foreach (var rule in rules)
        {
            CheckFormula(rule.Math, null);
        }

        foreach (var reaction in model.Reactions)
        {
            if (reaction.Rate is { } rate)
            {
                CheckFormula(rate, reaction);
            }
        }

        foreach (var modelEvent in model.Events)
        {
            foreach (var formula in new[] { modelEvent.Trigger, modelEvent.Delay, modelEvent.Priority }.Concat(modelEvent.Assignments.Select(a => a.Math)))
            {
                if (formula is not null)
                {
                    CheckFormula(formula, null);
                }
            }
        }

        foreach (var function in functions)
        {
            foreach (var use in function.Uses.Where(u => u.IsCall))
            {
                CheckCall(use);
            }
        }

        // Each unknown name once, at its first use in the file.
        foreach (var group in _unknown.GroupBy(u => u.Use.Name, StringComparer.Ordinal))
        {
            var (use, scope) = group.MinBy(u => u.Use.Position);
            var candidates = model.Ordered.Where(s => ModelAssembler.IsValue(s.Kind)).Select(s => s.Id);
            if (scope is not null)
            {
                candidates = paths.LocalsOf(scope).Select(p => p.Name.Text).Concat(candidates);
            }

            errors.Add(use.Position, $"'{use.Name}' is not defined{NameSuggestion.DidYouMean(use.Name, candidates)}");
        }
    }

    private void CheckFormula(FormulaSyntax formula, ReactionSyntax? scope)
    {
        foreach (var use in formula.Uses)
        {
            if (use.IsCall)
            {
                CheckCall(use);
            }
            else
            {
                CheckSymbol(use, scope);
            }
        }
    }

    private void CheckSymbol(SymbolUse use, ReactionSyntax? scope)
    {
        if (scope is not null && paths.LocalsOf(scope).Any(p => p.Name.Text == use.Name))
        {
            return;
        }

        if (model.Symbols.TryGetValue(use.Name, out var symbol))
        {
            if (!ModelAssembler.IsValue(symbol.Kind))
            {
                var hint = symbol.Kind == SymbolKind.Function ? $" (call it as {use.Name}(...))" : string.Empty;
                errors.Add(use.Position, $"'{use.Name}' is {ModelAssembler.Describe(symbol.Kind)}{hint}; expected a value, found {ModelAssembler.Noun(symbol.Kind)} '{use.Name}'");
            }

            return;
        }

        if (!binder.IsConstant(use.Name))
        {
            _unknown.Add((use, scope));
        }
    }

    private void CheckCall(SymbolUse call)
    {
        if (model.Symbols.TryGetValue(call.Name, out var symbol))
        {
            if (symbol.Kind != SymbolKind.Function)
            {
                errors.Add(call.Position, $"'{call.Name}' is {ModelAssembler.Describe(symbol.Kind)}, not a function; expected a function before '(', found '{call.Name}'");
            }
            else if (symbol.Function!.Arguments.Length != call.ArgumentCount)
            {
                errors.Add(call.Position, $"wrong number of arguments for '{call.Name}'; expected {symbol.Function.Arguments.Length} argument(s), found {call.ArgumentCount}");
            }

            return;
        }

        var candidates = model.Ordered.Where(s => s.Kind == SymbolKind.Function).Select(s => s.Id).Concat(Keywords.BuiltInFunctionNames);
        errors.Add(call.Position, $"unknown function '{call.Name}'{NameSuggestion.DidYouMean(call.Name, candidates)}");
    }
}
