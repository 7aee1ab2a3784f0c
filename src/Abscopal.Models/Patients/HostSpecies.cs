namespace Abscopal.Models.Patients;

/// <summary>The host of the tumours: a human patient or a mouse in a preclinical experiment.</summary>
public enum HostSpecies
{
    /// <summary>A human patient (id "human").</summary>
    Human = 0,

    /// <summary>A mouse (id "mouse").</summary>
    Mouse = 1,
}
