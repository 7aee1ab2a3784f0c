namespace Abscopal.Numerics.Ode;

/// <summary>Thrown when an ODE integration cannot continue; the message names the time and, where relevant, the state.</summary>
public sealed class OdeSolverException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public OdeSolverException()
        : this("The ODE integration failed.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    public OdeSolverException(string message)
        : base(message)
    {
        Time = double.NaN;
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    public OdeSolverException(string message, Exception innerException)
        : base(message, innerException)
    {
        Time = double.NaN;
    }

    /// <summary>Creates an exception describing a failure at a given time, optionally for one state.</summary>
    public OdeSolverException(OdeFailure failure, double time, int? stateIndex, string? stateName, string message)
        : base(message)
    {
        Failure = failure;
        Time = time;
        StateIndex = stateIndex;
        StateName = stateName;
    }

    /// <summary>What went wrong.</summary>
    public OdeFailure Failure { get; }

    /// <summary>Time at which the integration stopped, in the system's time unit (NaN when unknown).</summary>
    public double Time { get; }

    /// <summary>Index of the offending state, when one can be named.</summary>
    public int? StateIndex { get; }

    /// <summary>Name of the offending state: the entry of <see cref="OdeOptions.StateNames"/> when given, otherwise "y[i]".</summary>
    public string? StateName { get; }
}
