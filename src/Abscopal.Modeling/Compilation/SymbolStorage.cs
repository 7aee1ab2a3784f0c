namespace Abscopal.Modeling.Compilation;

/// <summary>Where a model symbol's value lives in a compiled model.</summary>
public enum SymbolStorage
{
    /// <summary>An ODE state variable (species amount, or the value of a rate-rule variable).</summary>
    State,

    /// <summary>A parameter slot: constant, or changed only by events.</summary>
    Parameter,

    /// <summary>Computed from other symbols (assignment rule, reaction rate).</summary>
    Computed,
}
