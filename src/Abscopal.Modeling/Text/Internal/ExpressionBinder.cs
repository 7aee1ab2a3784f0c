using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Turns the named constants pi and exponentiale into numbers, unless the model defines a symbol of that id (libSBML's rule).</summary>
internal sealed class ExpressionBinder
{
    private readonly Dictionary<string, Expr> _constants;

    /// <summary>Prepares the substitutions for <paramref name="model"/>.</summary>
    public ExpressionBinder(ModelAssembler model) =>
        _constants = Keywords.NamedConstants
            .Where(c => !(model.Symbols.TryGetValue(c.Key, out var symbol) && ModelAssembler.IsValue(symbol.Kind)))
            .ToDictionary(c => c.Key, c => (Expr)Expr.Constant(c.Value), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> stands for a number in this model.</summary>
    public bool IsConstant(string name) => _constants.ContainsKey(name);

    /// <summary><paramref name="expr"/> with the named constants replaced.</summary>
    public Expr Bind(Expr expr) => _constants.Count == 0 ? expr : expr.Substitute(_constants);

    /// <summary>A function body with the named constants that are not its arguments replaced (a body sees no model symbols).</summary>
    public static Expr BindFunctionBody(FunctionSyntax function) =>
        function.Body.Substitute(Keywords.NamedConstants
            .Where(c => !function.Arguments.Contains(c.Key))
            .ToDictionary(c => c.Key, c => (Expr)Expr.Constant(c.Value), StringComparer.Ordinal));
}
