namespace Abscopal.Interop.Scenarios;

/// <summary>Clinical breast-cancer subtype of a human patient (scenario key <c>patient.subtype</c>).</summary>
public enum BreastCancerSubtype
{
    /// <summary>Triple-negative ("TNBC").</summary>
    TripleNegative = 0,

    /// <summary>Hormone-receptor positive, HER2 negative ("HR+/HER2-").</summary>
    HormoneReceptorPositiveHer2Negative = 1,

    /// <summary>HER2 positive ("HER2+").</summary>
    Her2Positive = 2,
}
