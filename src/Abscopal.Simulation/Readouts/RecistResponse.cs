namespace Abscopal.Simulation.Readouts;

/// <summary>RECIST 1.1 response category of target lesions (Eisenhauer et al. 2009, Eur J Cancer 45:228, §4.3.1), best first.</summary>
public enum RecistResponse
{
    /// <summary>Complete response: every target lesion has disappeared (lymph nodes below 10 mm short axis).</summary>
    CompleteResponse = 0,

    /// <summary>Partial response: the sum of diameters fell by at least 30% from baseline.</summary>
    PartialResponse = 1,

    /// <summary>Stable disease: neither enough shrinkage for a response nor enough growth for progression.</summary>
    StableDisease = 2,

    /// <summary>Progressive disease: the sum grew by at least 20% and at least 5 mm over its smallest value on study.</summary>
    ProgressiveDisease = 3,

    /// <summary>Not evaluable: the baseline itself, or no assessment qualifies (e.g. stable disease before its minimum duration).</summary>
    NotEvaluable = 4,
}
