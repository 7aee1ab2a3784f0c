using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>A function definition: function name(arguments) body end.</summary>
/// <param name="Name">The name token.</param>
/// <param name="Arguments">The argument names.</param>
/// <param name="Body">The body (named constants already bound, since a body sees only its arguments).</param>
/// <param name="Uses">The names the body uses, for checking calls of other functions.</param>
internal sealed record FunctionSyntax(Token Name, ImmutableArray<string> Arguments, Expr Body, List<SymbolUse> Uses);
