namespace Abscopal.Trials.Populations;

/// <summary>Line of therapy of a metastatic population (ids "first_line", "pretreated"; any for mice).</summary>
public enum LineOfTherapy
{
    /// <summary>Any line (mice, or no restriction).</summary>
    Any = 0,

    /// <summary>First line for metastatic disease (KEYNOTE-086 cohort B).</summary>
    FirstLine = 1,

    /// <summary>Pre-treated: one or more prior lines for metastatic disease (KEYNOTE-086 cohort A).</summary>
    Pretreated = 2,
}
