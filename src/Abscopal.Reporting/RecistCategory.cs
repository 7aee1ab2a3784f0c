namespace Abscopal.Reporting;

/// <summary>RECIST 1.1 response categories (Eisenhauer et al. 2009, Eur J Cancer 45:228, §4.3), for colouring cohort plots.</summary>
public enum RecistCategory
{
    /// <summary>Complete response: all target lesions gone.</summary>
    CompleteResponse,

    /// <summary>Partial response: sum of diameters down ≥ 30% from baseline.</summary>
    PartialResponse,

    /// <summary>Stable disease: neither response nor progression.</summary>
    StableDisease,

    /// <summary>Progressive disease: sum of diameters up ≥ 20% (and ≥ 5 mm) from nadir, or a new lesion.</summary>
    ProgressiveDisease,

    /// <summary>Not evaluable.</summary>
    NotEvaluable,
}
