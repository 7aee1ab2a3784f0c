namespace Abscopal.Trials.Populations;

/// <summary>PD-L1 eligibility by combined positive score (22C3): ids "any", "negative" (CPS &lt; 1), "positive" (CPS ≥ 1), "cps10" (CPS ≥ 10).</summary>
public enum PdL1Status
{
    /// <summary>Any PD-L1 status.</summary>
    Any = 0,

    /// <summary>CPS below 1.</summary>
    Negative = 1,

    /// <summary>CPS at least 1 (KEYNOTE-086 cohort B).</summary>
    Positive = 2,

    /// <summary>CPS at least 10 (KEYNOTE-355 PD-L1-high).</summary>
    Cps10 = 3,
}
