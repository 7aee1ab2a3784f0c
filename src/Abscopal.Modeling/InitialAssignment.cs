using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>Sets a symbol's initial value from a formula evaluated at the start time.</summary>
/// <param name="Symbol">Id of the compartment, species, parameter or species reference it sets.</param>
/// <param name="Math">The formula.</param>
public sealed record InitialAssignment(string Symbol, Expr Math) : ModelComponent;
