namespace Abscopal.Pharmacology.Plans;

/// <summary>What happens at a treatment event; at equal times events run in this order (radiation first).</summary>
public enum TreatmentEventKind
{
    /// <summary>A radiotherapy fraction to a lesion (amount in Gy).</summary>
    RadiationFraction = 0,

    /// <summary>A drug administration (amount in mg).</summary>
    DrugDose = 1,
}
