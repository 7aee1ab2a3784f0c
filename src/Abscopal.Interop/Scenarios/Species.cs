namespace Abscopal.Interop.Scenarios;

/// <summary>Who is treated: a patient or a mouse (scenario key <c>patient.species</c>).</summary>
public enum Species
{
    /// <summary>A human patient ("human").</summary>
    Human = 0,

    /// <summary>A mouse ("mouse").</summary>
    Mouse = 1,
}
