namespace Abscopal.Models.Patients;

/// <summary>Clinical breast-cancer subtype (ids "TNBC", "HR+/HER2-", "HER2+").</summary>
public enum BreastCancerSubtype
{
    /// <summary>Triple-negative breast cancer (id "TNBC").</summary>
    TripleNegative = 0,

    /// <summary>Hormone-receptor positive, HER2 negative (id "HR+/HER2-").</summary>
    HormoneReceptorPositiveHer2Negative = 1,

    /// <summary>HER2 positive (id "HER2+").</summary>
    Her2Positive = 2,
}
