namespace Abscopal.Interop.Petab;

/// <summary>A row of the parameter table: bounds and nominal value on the linear scale, the scale estimation works on, and an optional prior.</summary>
/// <param name="Id">The parameter's id (a model parameter, or one used only in the observable, noise or condition tables).</param>
/// <param name="Scale">The scale on which it is estimated.</param>
/// <param name="LowerBound">Lower bound, linear scale.</param>
/// <param name="UpperBound">Upper bound, linear scale.</param>
/// <param name="NominalValue">Nominal value, linear scale: the value of a fixed parameter, and the default of an estimated one.</param>
/// <param name="Estimate">True when the parameter is estimated.</param>
public sealed record PetabParameter(string Id, PetabScale Scale, double LowerBound, double UpperBound, double NominalValue, bool Estimate)
{
    /// <summary>The display name (parameterName), when given.</summary>
    public string? Name { get; init; }

    /// <summary>The prior added to the objective (objectivePriorType), when given.</summary>
    public PetabPrior? ObjectivePrior { get; init; }

    /// <summary>1-based line of the row in the parameter table.</summary>
    public int Line { get; init; }
}
