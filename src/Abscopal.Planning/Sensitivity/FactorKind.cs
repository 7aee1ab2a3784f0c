namespace Abscopal.Planning.Sensitivity;

/// <summary>What a sensitivity factor sets in a simulation request.</summary>
public enum FactorKind
{
    /// <summary>A model parameter, by id, in the model's units.</summary>
    Parameter,

    /// <summary>The initial value of a state, by id, in the state's units.</summary>
    InitialValue,

    /// <summary>The dose per fraction of one radiotherapy course of the plan, in Gy (fraction days unchanged).</summary>
    RadiotherapyDosePerFraction,

    /// <summary>The day of the first dose of one drug regimen of the plan, in days (the whole regimen shifts; spacing unchanged).</summary>
    DrugStartDay,
}
