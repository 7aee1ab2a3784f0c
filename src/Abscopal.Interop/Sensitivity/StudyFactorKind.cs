namespace Abscopal.Interop.Sensitivity;

/// <summary>What a factor of a sensitivity study file varies.</summary>
public enum StudyFactorKind
{
    /// <summary>A model parameter (key <c>parameter</c>).</summary>
    Parameter,

    /// <summary>The initial value of a state (key <c>initial</c>).</summary>
    InitialValue,

    /// <summary>The dose per fraction of a radiotherapy course (key <c>treatment: radiotherapy[i].dose_per_fraction_gy</c>), in Gy.</summary>
    RadiotherapyDosePerFraction,

    /// <summary>The first-dose day of a drug regimen (key <c>treatment: drugs[i].start_day</c>), in days.</summary>
    DrugStartDay,
}
