namespace Abscopal.Modeling;

/// <summary>A named quantity: a rate constant, a dose, or a variable driven by a rule or event.</summary>
/// <param name="Id">Unique id.</param>
public sealed record Parameter(string Id) : ModelComponent
{
    /// <summary>Initial value in <see cref="Units"/>; null when set by a rule or initial assignment.</summary>
    public double? Value { get; init; }

    /// <summary>Whether the value never changes during a simulation.</summary>
    public bool Constant { get; init; } = true;

    /// <summary>Unit id or unit expression, if declared.</summary>
    public string? Units { get; init; }
}
