using System.Collections.ObjectModel;
using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Ode;

/// <summary>An initial-value problem: a system, a time span, an initial state, output times and events. Immutable; arrays are copied.</summary>
/// <remarks>
/// Outputs are right-continuous: an output at the time of an event reports the state after every event at that time.
/// Scheduled events at <see cref="StartTime"/> are applied before integration starts.
/// </remarks>
public sealed class OdeProblem
{
    private readonly double[] _initialState;
    private readonly double[] _outputTimes;
    private readonly ScheduledEvent[] _scheduledEvents;
    private readonly ContinuousEvent[] _continuousEvents;

    /// <summary>Creates and validates a problem.</summary>
    /// <param name="system">The ODE system.</param>
    /// <param name="startTime">Initial time t0, in the system's time unit; finite.</param>
    /// <param name="endTime">Final time, &gt; <paramref name="startTime"/> and finite.</param>
    /// <param name="initialState">y(t0), one finite value per state.</param>
    /// <param name="outputTimes">Sorted times in [t0, tEnd] at which to report the state; null means [t0, tEnd].</param>
    /// <param name="scheduledEvents">State changes at preset times in [t0, tEnd]; events at equal times run in list order.</param>
    /// <param name="continuousEvents">State changes triggered by zero crossings of event functions.</param>
    /// <exception cref="ArgumentException">An argument is inconsistent; the message says which and why.</exception>
    public OdeProblem(
        IOdeSystem system,
        double startTime,
        double endTime,
        ReadOnlySpan<double> initialState,
        IEnumerable<double>? outputTimes = null,
        IEnumerable<ScheduledEvent>? scheduledEvents = null,
        IEnumerable<ContinuousEvent>? continuousEvents = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.Dimension < 1)
        {
            throw new ArgumentException($"The system must have at least one state; it has {system.Dimension}.", nameof(system));
        }

        if (!double.IsFinite(startTime))
        {
            throw new ArgumentException(OdeErrors.Format($"startTime must be finite; got {startTime}."), nameof(startTime));
        }

        if (!double.IsFinite(endTime) || !(endTime > startTime))
        {
            throw new ArgumentException(
                OdeErrors.Format($"endTime must be finite and greater than startTime = {startTime}; got {endTime}."),
                nameof(endTime));
        }

        if (initialState.Length != system.Dimension)
        {
            throw new ArgumentException(
                OdeErrors.Format($"initialState has {initialState.Length} values but the system has {system.Dimension} states."),
                nameof(initialState));
        }

        for (int i = 0; i < initialState.Length; i++)
        {
            if (!double.IsFinite(initialState[i]))
            {
                throw new ArgumentException(OdeErrors.Format($"initialState[{i}] = {initialState[i]} is not finite."), nameof(initialState));
            }
        }

        System = system;
        StartTime = startTime;
        EndTime = endTime;
        _initialState = initialState.ToArray();
        _outputTimes = outputTimes is null ? [startTime, endTime] : [.. outputTimes];
        for (int k = 0; k < _outputTimes.Length; k++)
        {
            double t = _outputTimes[k];
            if (!(t >= startTime && t <= endTime))
            {
                throw new ArgumentException(
                    OdeErrors.Format($"outputTimes[{k}] = {t} is outside [{startTime}, {endTime}]."),
                    nameof(outputTimes));
            }

            if (k > 0 && t < _outputTimes[k - 1])
            {
                throw new ArgumentException(
                    OdeErrors.Format($"outputTimes must be sorted: outputTimes[{k}] = {t} < outputTimes[{k - 1}] = {_outputTimes[k - 1]}."),
                    nameof(outputTimes));
            }
        }

        _scheduledEvents = scheduledEvents is null ? [] : [.. scheduledEvents];
        for (int k = 0; k < _scheduledEvents.Length; k++)
        {
            ScheduledEvent e = _scheduledEvents[k] ?? throw new ArgumentException($"scheduledEvents[{k}] is null.", nameof(scheduledEvents));
            if (e.Action is null)
            {
                throw new ArgumentException($"scheduledEvents[{k}] has no action.", nameof(scheduledEvents));
            }

            if (!(e.Time >= startTime && e.Time <= endTime))
            {
                throw new ArgumentException(
                    OdeErrors.Format($"scheduledEvents[{k}].Time = {e.Time} is outside [{startTime}, {endTime}]."),
                    nameof(scheduledEvents));
            }
        }

        _continuousEvents = continuousEvents is null ? [] : [.. continuousEvents];
        for (int k = 0; k < _continuousEvents.Length; k++)
        {
            ContinuousEvent e = _continuousEvents[k] ?? throw new ArgumentException($"continuousEvents[{k}] is null.", nameof(continuousEvents));
            if (e.Condition is null || e.Action is null)
            {
                throw new ArgumentException($"continuousEvents[{k}] needs both a condition and an action.", nameof(continuousEvents));
            }

            if (!Enum.IsDefined(e.Direction))
            {
                throw new ArgumentException($"continuousEvents[{k}].Direction = {e.Direction} is not a valid direction.", nameof(continuousEvents));
            }
        }

        InitialState = Array.AsReadOnly(_initialState);
        OutputTimes = Array.AsReadOnly(_outputTimes);
        ScheduledEvents = Array.AsReadOnly(_scheduledEvents);
        ContinuousEvents = Array.AsReadOnly(_continuousEvents);
    }

    /// <summary>The ODE system.</summary>
    public IOdeSystem System { get; }

    /// <summary>Initial time t0, in the system's time unit.</summary>
    public double StartTime { get; }

    /// <summary>Final time, in the system's time unit.</summary>
    public double EndTime { get; }

    /// <summary>y(t0), before any scheduled event at t0.</summary>
    public ReadOnlyCollection<double> InitialState { get; }

    /// <summary>Times at which the solution reports the state (sorted, within [t0, tEnd]).</summary>
    public ReadOnlyCollection<double> OutputTimes { get; }

    /// <summary>State changes at preset times, in the order given.</summary>
    public ReadOnlyCollection<ScheduledEvent> ScheduledEvents { get; }

    /// <summary>State changes at zero crossings of event functions, in the order given (the order breaks ties).</summary>
    public ReadOnlyCollection<ContinuousEvent> ContinuousEvents { get; }

    internal double[] InitialStateArray => _initialState;

    internal double[] OutputTimesArray => _outputTimes;

    internal ScheduledEvent[] ScheduledEventsArray => _scheduledEvents;

    internal ContinuousEvent[] ContinuousEventsArray => _continuousEvents;
}
