namespace Abscopal.Numerics.Ode;

/// <summary>The result of <see cref="Ode.Solve"/>: the state at each output time, the located events and the work done.</summary>
/// <remarks>
/// <see cref="States"/> has one row per entry of <see cref="Times"/>: <c>States[k][i]</c> is state i at <c>Times[k]</c>.
/// Outputs are right-continuous: at an event time they show the state after the event. When a terminal event ends the
/// solve early, only the output times up to <see cref="FinalTime"/> are present.
/// </remarks>
public sealed class OdeSolution
{
    internal OdeSolution(
        double[] times,
        double[][] states,
        OdeStatistics statistics,
        double[] eventTimes,
        int[] eventIndices,
        double finalTime,
        double[] finalState,
        bool terminated)
    {
        Times = times;
        States = states;
        Statistics = statistics;
        EventTimes = eventTimes;
        EventIndices = eventIndices;
        FinalTime = finalTime;
        FinalState = finalState;
        Terminated = terminated;
    }

    /// <summary>Output times reached, in the system's time unit.</summary>
    public double[] Times { get; }

    /// <summary>One row per output time; <c>States[k][i]</c> is state i at <c>Times[k]</c>.</summary>
    public double[][] States { get; }

    /// <summary>Work counters of the whole solve.</summary>
    public OdeStatistics Statistics { get; }

    /// <summary>Times at which continuous events were located and applied, in order.</summary>
    public double[] EventTimes { get; }

    /// <summary>For each entry of <see cref="EventTimes"/>, the index of the event in <see cref="OdeProblem.ContinuousEvents"/>.</summary>
    public int[] EventIndices { get; }

    /// <summary>Time at which the solve ended: the end time, or the time of a terminal event.</summary>
    public double FinalTime { get; }

    /// <summary>State at <see cref="FinalTime"/>, after any events there.</summary>
    public double[] FinalState { get; }

    /// <summary>Whether a terminal continuous event ended the solve before the end time.</summary>
    public bool Terminated { get; }
}
