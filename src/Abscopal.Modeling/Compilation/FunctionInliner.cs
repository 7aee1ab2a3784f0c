using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>Replaces calls of user-defined functions by their bodies with the arguments substituted.</summary>
public static class FunctionInliner
{
    /// <summary>Inlines every call in <paramref name="expr"/> (recursively) using <paramref name="functions"/>.</summary>
    /// <exception cref="ModelValidationException">A called function is not defined or gets the wrong number of arguments.</exception>
    public static Expr Inline(Expr expr, IReadOnlyDictionary<string, FunctionDefinition> functions)
    {
        if (!expr.Any(static e => e is CallExpr))
        {
            return expr;
        }

        return expr.Rewrite(node =>
        {
            if (node is not CallExpr call)
            {
                return null;
            }

            if (!functions.TryGetValue(call.Name, out var def))
            {
                throw new ModelValidationException($"Function '{call.Name}' is not defined.");
            }

            if (def.Arguments.Length != call.Arguments.Length)
            {
                throw new ModelValidationException($"Function '{call.Name}' takes {def.Arguments.Length} argument(s), not {call.Arguments.Length}.");
            }

            var bindings = new Dictionary<string, Expr>(StringComparer.Ordinal);
            for (var i = 0; i < def.Arguments.Length; i++)
            {
                bindings[def.Arguments[i]] = Inline(call.Arguments[i], functions);
            }

            // Substitute simultaneously (arguments may mention names equal to other parameters), then inline nested calls.
            return Inline(def.Body.Substitute(bindings), functions);
        });
    }
}
