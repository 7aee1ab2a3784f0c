namespace Abscopal.Planning.Sensitivity;

/// <summary>A run of a sensitivity study failed; <see cref="Run"/> is its index and the message gives its factor values.</summary>
public sealed class SensitivityRunException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SensitivityRunException(int run, string message, Exception innerException)
        : base(message, innerException) => Run = run;

    /// <summary>Creates the exception.</summary>
    public SensitivityRunException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SensitivityRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SensitivityRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The index of the failed run (from 0), or −1 when unknown.</summary>
    public int Run { get; } = -1;
}
