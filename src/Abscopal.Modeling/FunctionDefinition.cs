using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>A user-defined function: f(a, b, ...) = body, where body refers only to its arguments.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Arguments">Argument names, in order.</param>
/// <param name="Body">The function's formula.</param>
public sealed record FunctionDefinition(string Id, ImmutableArray<string> Arguments, Expr Body) : ModelComponent;
