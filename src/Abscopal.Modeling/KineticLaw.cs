using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>The rate of a reaction, in substance per time, with parameters local to it.</summary>
/// <param name="Math">The rate formula.</param>
public sealed record KineticLaw(Expr Math) : ModelComponent
{
    /// <summary>Parameters visible only inside <see cref="Math"/>; they shadow model parameters of the same id.</summary>
    public ImmutableArray<Parameter> LocalParameters { get; init; } = [];
}
