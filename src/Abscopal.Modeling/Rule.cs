using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>A rule that constrains a variable at all times.</summary>
/// <param name="Math">The rule's formula.</param>
public abstract record Rule(Expr Math) : ModelComponent;

/// <summary>variable := math at all times (an assignment rule).</summary>
/// <param name="Variable">Id of the variable it defines.</param>
/// <param name="Math">The formula.</param>
public sealed record AssignmentRule(string Variable, Expr Math) : Rule(Math);

/// <summary>d(variable)/dt = math (a rate rule, i.e. an ODE).</summary>
/// <param name="Variable">Id of the variable whose rate it defines.</param>
/// <param name="Math">The rate, in the variable's units per time unit.</param>
public sealed record RateRule(string Variable, Expr Math) : Rule(Math);

/// <summary>0 = math at all times (an algebraic rule).</summary>
/// <param name="Math">The formula constrained to zero.</param>
public sealed record AlgebraicRule(Expr Math) : Rule(Math);
