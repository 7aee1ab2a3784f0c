using Abscopal.Modeling.Expressions;

namespace Abscopal.Interop.Petab;

/// <summary>A row of the observable table: what is measured, as a formula of model symbols, and its noise model.</summary>
/// <param name="Id">The observable's id.</param>
/// <param name="Formula">observableFormula; may use observableParameter{n}_{id} placeholders filled per measurement.</param>
/// <param name="NoiseFormula">noiseFormula, the σ of the noise distribution on the observable's scale; may use noiseParameter{n}_{id} placeholders.</param>
/// <param name="Transformation">observableTransformation: the scale on which the noise acts.</param>
/// <param name="NoiseDistribution">noiseDistribution.</param>
public sealed record PetabObservable(string Id, Expr Formula, Expr NoiseFormula, PetabScale Transformation, PetabNoiseDistribution NoiseDistribution)
{
    /// <summary>The display name (observableName), when given.</summary>
    public string? Name { get; init; }

    /// <summary>1-based line of the row in the observable table.</summary>
    public int Line { get; init; }
}
