using Abscopal.Numerics.RootFinding;

namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// Runs one <see cref="Ode.Solve"/>: steps an integrator between stops (scheduled event times and the end), writes outputs
/// from the dense output, applies scheduled events, and locates continuous events (SciML's tstops and ContinuousCallback,
/// SciPy's solve_ivp events). All buffers are allocated before integration starts.
/// </summary>
internal sealed class SolveDriver
{
    private const double Eps = 2.220446049250313e-16;

    private readonly OdeProblem _problem;
    private readonly OdeIntegrator _integrator;
    private readonly double[] _outputTimes;
    private readonly double[][] _states;
    private readonly ScheduledEvent[] _scheduled;
    private readonly ContinuousEvent[] _continuous;
    private readonly double[] _conditionLeft;
    private readonly double[] _conditionRight;
    private readonly bool[] _shiftLeft;
    private readonly bool[] _crossed;
    private readonly bool[] _fired;
    private readonly double[] _roots;
    private readonly double[] _work;
    private readonly double[] _eventState;
    private readonly List<double> _eventTimes = [];
    private readonly List<int> _eventIndices = [];
    private int _nextOutput;
    private int _nextScheduled;

    public SolveDriver(OdeProblem problem, OdeIntegrator integrator)
    {
        _problem = problem;
        _integrator = integrator;
        int n = integrator.Dimension;
        _outputTimes = problem.OutputTimesArray;
        _states = new double[_outputTimes.Length][];
        for (int k = 0; k < _states.Length; k++)
        {
            _states[k] = new double[n];
        }

        // Stable sort by time keeps list order for simultaneous events.
        ScheduledEvent[] scheduled = problem.ScheduledEventsArray;
        int[] order = new int[scheduled.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        Array.Sort(order, (p, q) => scheduled[p].Time != scheduled[q].Time ? scheduled[p].Time.CompareTo(scheduled[q].Time) : p.CompareTo(q));
        _scheduled = new ScheduledEvent[scheduled.Length];
        for (int k = 0; k < order.Length; k++)
        {
            _scheduled[k] = scheduled[order[k]];
        }

        _continuous = problem.ContinuousEventsArray;
        int m = _continuous.Length;
        _conditionLeft = new double[m];
        _conditionRight = new double[m];
        _shiftLeft = new bool[m];
        _crossed = new bool[m];
        _fired = new bool[m];
        _roots = new double[m];
        _work = new double[n];
        _eventState = new double[n];
    }

    public OdeSolution Run()
    {
        double t0 = _problem.StartTime;
        double tEnd = _problem.EndTime;
        double[] y = _eventState;
        _problem.InitialStateArray.CopyTo(y, 0);
        ApplyScheduledEvents(t0, y);
        _integrator.Initialize(t0, y);
        ResetConditions(t0, _integrator.State);
        WriteOutputsAt(t0, _integrator.State);

        bool terminated = false;
        double finalTime = t0;
        while (_integrator.Time < tEnd)
        {
            double stop = _nextScheduled < _scheduled.Length ? _scheduled[_nextScheduled].Time : tEnd;
            _integrator.Step(stop);
            double t = _integrator.Time;
            if (_continuous.Length > 0 && LocateContinuousEvents(out terminated, out finalTime))
            {
                if (terminated)
                {
                    break;
                }

                continue;
            }

            WriteOutputsBefore(t);
            if (_nextScheduled < _scheduled.Length && _scheduled[_nextScheduled].Time == t)
            {
                _integrator.State.CopyTo(y);
                ApplyScheduledEvents(t, y);
                _integrator.Reinitialize(t, y);
                ResetConditions(t, _integrator.State);
            }

            WriteOutputsAt(t, _integrator.State);
        }

        double[] finalState;
        if (terminated)
        {
            finalState = (double[])_eventState.Clone();
        }
        else
        {
            finalTime = _integrator.Time;
            finalState = _integrator.State.ToArray();
        }

        double[] times = _outputTimes;
        double[][] states = _states;
        if (_nextOutput < _outputTimes.Length)
        {
            times = _outputTimes[.._nextOutput];
            states = _states[.._nextOutput];
        }
        else
        {
            times = (double[])times.Clone();
        }

        return new OdeSolution(
            times,
            states,
            _integrator.Statistics,
            [.. _eventTimes],
            [.. _eventIndices],
            finalTime,
            finalState,
            terminated);
    }

    /// <summary>Root tolerance for events near time t: 4·eps·max(|t|, 1), i.e. a few ulps with an absolute floor near t = 0.</summary>
    private static double EventTolerance(double t) => 4 * Eps * Math.Max(Math.Abs(t), 1.0);

    private void ApplyScheduledEvents(double t, double[] y)
    {
        while (_nextScheduled < _scheduled.Length && _scheduled[_nextScheduled].Time == t)
        {
            _scheduled[_nextScheduled].Action(t, y);
            _nextScheduled++;
        }
    }

    private void WriteOutputsBefore(double t)
    {
        while (_nextOutput < _outputTimes.Length && _outputTimes[_nextOutput] < t)
        {
            _integrator.Interpolate(_outputTimes[_nextOutput], _states[_nextOutput]);
            _nextOutput++;
        }
    }

    private void WriteOutputsAt(double t, ReadOnlySpan<double> y)
    {
        while (_nextOutput < _outputTimes.Length && _outputTimes[_nextOutput] <= t)
        {
            y.CopyTo(_states[_nextOutput]);
            _nextOutput++;
        }
    }

    /// <summary>Evaluates every condition at a restart; a condition that is zero there, or whose event just fired, is read just after t.</summary>
    private void ResetConditions(double t, ReadOnlySpan<double> y)
    {
        for (int e = 0; e < _continuous.Length; e++)
        {
            double g = _continuous[e].Condition(t, y);
            _conditionLeft[e] = g;
            _shiftLeft[e] = g == 0 || _fired[e];
            _fired[e] = false;
        }
    }

    /// <summary>Checks the last step for sign changes; if any, applies the earliest event(s) and restarts there.</summary>
    /// <returns>Whether an event fired (outputs, scheduled events and restart are then already handled).</returns>
    private bool LocateContinuousEvents(out bool terminated, out double eventTime)
    {
        terminated = false;
        eventTime = double.NaN;
        OdeIntegrator integrator = _integrator;
        double tPrevious = integrator.PreviousTime;
        double t = integrator.Time;
        double tolerance = EventTolerance(t);

        // Right after an event (or from a zero), judge the sign a little later so the same root is not found again.
        double guard = 64 * tolerance;
        int first = -1;
        double tFirst = double.PositiveInfinity;
        for (int e = 0; e < _continuous.Length; e++)
        {
            ContinuousEvent ev = _continuous[e];
            double gRight = ev.Condition(t, integrator.State);
            _conditionRight[e] = gRight;
            _crossed[e] = false;
            double a = tPrevious;
            double gLeft = _conditionLeft[e];
            if (_shiftLeft[e])
            {
                a = tPrevious + guard;
                if (a >= t)
                {
                    continue;
                }

                integrator.Interpolate(a, _work);
                gLeft = ev.Condition(a, _work);
            }

            bool rising = gLeft < 0 && gRight >= 0;
            bool falling = gLeft > 0 && gRight <= 0;
            if ((rising && ev.Direction != EventDirection.Falling) || (falling && ev.Direction != EventDirection.Rising))
            {
                var condition = new InterpolatedCondition(integrator, ev.Condition, _work);
                double root = BracketingRootFinder.FindRoot(ref condition, a, gLeft, t, gRight, tolerance);
                _roots[e] = root;
                _crossed[e] = true;
                if (root < tFirst)
                {
                    tFirst = root;
                    first = e;
                }
            }
        }

        if (first < 0)
        {
            for (int e = 0; e < _continuous.Length; e++)
            {
                _conditionLeft[e] = _conditionRight[e];
                _shiftLeft[e] = _conditionRight[e] == 0;
            }

            return false;
        }

        WriteOutputsBefore(tFirst);
        double[] y = _eventState;
        integrator.Interpolate(tFirst, y);
        for (int e = 0; e < _continuous.Length; e++)
        {
            if (_crossed[e] && _roots[e] <= tFirst + tolerance)
            {
                _continuous[e].Action(tFirst, y);
                _fired[e] = true;
                _eventTimes.Add(tFirst);
                _eventIndices.Add(e);
                terminated |= _continuous[e].Terminal;
            }
        }

        eventTime = tFirst;
        if (terminated)
        {
            WriteOutputsAt(tFirst, y);
            return true;
        }

        if (_nextScheduled < _scheduled.Length && _scheduled[_nextScheduled].Time == tFirst)
        {
            ApplyScheduledEvents(tFirst, y);
        }

        integrator.Reinitialize(tFirst, y);
        ResetConditions(tFirst, integrator.State);
        WriteOutputsAt(tFirst, integrator.State);
        return true;
    }
}
