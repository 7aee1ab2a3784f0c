using System.Collections.Immutable;
using Abscopal.Modeling.Compilation;
using Abscopal.Numerics.Ode;
using Abscopal.Numerics.RootFinding;

namespace Abscopal.Modeling.Execution;

/// <summary>Simulates a compiled model over time with SBML event semantics.</summary>
/// <remarks>
/// Events fire when their trigger goes from false to true. Triggers of the form "time op X" (X free of
/// states) are scheduled: the integrator stops exactly at t = X. Other relational sub-conditions are
/// watched for sign changes after every step and located on the dense output by root finding. A fired
/// event executes after its delay; executions due at the same time go by descending priority, then
/// firing order; after each execution triggers are re-evaluated, so events can cascade. Outputs are
/// right-continuous: a row at an event time shows the values after the events at that time.
/// <para>
/// Time switches in the right-hand side: a relation (&lt;, ≤, &gt;, ≥) inside a rate law, rate rule or assignment rule
/// whose two sides differ by a·time + b, with a and b free of time and states (a step input such as
/// <c>piecewise(0, time - t_on &lt; 0, 1)</c>, or a ramp's corners), makes the right-hand side jump at a time known in
/// advance, −b/a, which may depend on parameters. The simulator never lets a step cross such a time: it integrates exactly to
/// the last representable time at which the condition still has its old value (so every stage of that step sees the old
/// right-hand side), then restarts the integrator at the next representable time, where the condition has its new value;
/// the state carries over, since it is continuous there. Which side the switching time itself belongs to is the model's
/// own arithmetic: for <c>time &lt; X</c> (or <c>time - X &lt; 0</c>, <c>X &gt; time</c>) and <c>time ≥ X</c> the new
/// value holds at t = X, so integration stops one representable time before X and restarts at X; for <c>time ≤ X</c> and
/// <c>time &gt; X</c> the old value still holds at X, so it stops at X and restarts just after it; a negative coefficient
/// (<c>-time &gt; -X</c>) is located the same way, by evaluating the condition itself. Events due at the switching time
/// execute there (once), outputs there are written after them, and switching times are recomputed after every event.
/// Conditions that depend on states (<c>S &gt; 5</c>), or on time other than linearly (<c>time^2 &gt; 4</c>,
/// <c>floor(time)</c>, <c>abs(time - X)</c>), are not treated this way: the step-size control meets them as it can.
/// </para>
/// </remarks>
public static class ModelSimulator
{
    private const int MaxEventsPerInstant = 100_000;

    /// <summary>Simulates <paramref name="model"/> with its own values.</summary>
    public static SimulationResult Simulate(CompiledModel model, SimulationSettings settings) =>
        Simulate(model.CreateInstance(), settings);

    /// <summary>Simulates with the instance's parameter overrides.</summary>
    /// <exception cref="OdeSolverException">The solver failed (step-size underflow, NaN, too many steps).</exception>
    /// <exception cref="ModelValidationException">An initial value is missing or an event cannot be executed.</exception>
    public static SimulationResult Simulate(ModelInstance instance, SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(settings);
        var run = new Run(instance, settings);
        return run.Execute();
    }

    private sealed class Run
    {
        private readonly ModelInstance _instance;
        private readonly CompiledModel _model;
        private readonly SimulationSettings _settings;
        private readonly double[] _times;
        private readonly ImmutableArray<string> _columns;
        private readonly Kernel? _observer;
        private readonly double[] _values;
        private readonly double[] _y;
        private readonly double[] _yOut;
        private readonly int _eventCount;
        private readonly double[] _triggers;
        private readonly bool[] _previous;
        private readonly double[] _gPrevious;
        private readonly double[] _gNew;
        private readonly double[] _gLeaf;
        private readonly double[] _thresholds;
        private readonly double[] _delays;
        private readonly double[] _priorities;
        private readonly double[] _switchTimes;
        private readonly double[] _switchValues;
        private readonly double[] _switchFirst;
        private readonly double[] _switchProbe;
        private readonly List<PendingEvent> _pending = [];
        private OdeIntegrator _integrator = null!;
        private int _nextOutput;
        private long _sequence;
        private ulong _random;
        private double _maxStep = double.PositiveInfinity;
        private double _eventStop;
        private double _switchStop;
        private readonly ImmutableArray<(int State, string Compartment)> _concentrationStates;
        private readonly double[] _eventValues;
        private readonly double[] _eventScales;
        private readonly double[] _eventBefore;
        private int _executed;

        public Run(ModelInstance instance, SimulationSettings settings)
        {
            _instance = instance;
            _model = instance.Model;
            _settings = settings;
            _random = settings.EventSeed;
            _times = settings.ResolveOutputTimes();
            var outputs = settings.Outputs ?? _model.StateIds;
            _columns = [.. outputs];
            if (settings.Outputs is not null || settings.Amounts is { Count: > 0 } || settings.Concentrations is { Count: > 0 })
            {
                _observer = _model.Observer(outputs, settings.Amounts ?? ImmutableHashSet<string>.Empty, settings.Concentrations);
            }

            _values = new double[_times.Length * _columns.Length];
            // A model without ODE states (only rules, parameters and events) still needs time to advance: one idle state.
            var n = Math.Max(1, _model.StateCount);
            _y = new double[n];
            _yOut = new double[n];
            _eventCount = _model.Events.Length;
            _triggers = new double[_eventCount];
            _previous = new bool[_eventCount];
            _gPrevious = new double[_model.RootFunctions.OutputLength];
            _gNew = new double[_model.RootFunctions.OutputLength];
            _gLeaf = new double[_model.RootFunctions.OutputLength];
            _thresholds = new double[_model.TimeThresholds.OutputLength];
            _delays = new double[_eventCount];
            _priorities = new double[_eventCount];
            _switchTimes = new double[_model.TimeSwitches.Length];
            _switchValues = new double[_model.TimeSwitches.Length];
            _switchFirst = new double[_model.TimeSwitches.Length];
            _switchProbe = new double[_model.TimeSwitches.Length];
            _concentrationStates = _model.ConcentrationStates;
            var maxTargets = 0;
            foreach (var e in _model.Events)
            {
                maxTargets = Math.Max(maxTargets, e.Targets.Length);
            }

            _eventValues = new double[maxTargets];
            _eventScales = new double[maxTargets];
            _eventBefore = new double[maxTargets];
        }

        public SimulationResult Execute()
        {
            var t0 = _settings.StartTime;
            var tEnd = _settings.EndTime;
            _instance.Initialize(t0, _y.AsSpan(0, _model.StateCount));
            IOdeSystem system = _model.StateCount == 0 ? new IdleSystem() : _instance;
            var options = _settings.Options.StateNames is null ? _settings.Options with { StateNames = _model.StateCount == 0 ? ["(idle)"] : [.. _model.StateIds] } : _settings.Options;
            if (_model.Leaves.Any(l => !l.IsTimeThreshold && l.Function.DependsOnTime()))
            {
                // A root function that depends on time explicitly escapes the step-size control (which watches the states only):
                // it could change sign twice within one long step unseen. Sample it at least as finely as the output grid, and at
                // 1/100 of the span, as simulators that integrate output interval by output interval do.
                _maxStep = (tEnd - t0) / Math.Max(100, _times.Length);
            }

            _integrator = (_settings.Algorithm ?? OdeAlgorithms.Auto).CreateIntegrator(system, options);

            for (var k = 0; k < _eventCount; k++)
            {
                _previous[k] = _model.Events[k].InitialValue;
            }

            if (_eventCount > 0)
            {
                ProcessEvents(t0, nudge: false);
            }

            _integrator.Initialize(t0, _y);
            LocateSwitches(t0, _y);
            WriteOutputsAt(t0, _y);
            EvaluateRoots(t0, _y, _gPrevious);

            var t = t0;
            while (t < tEnd)
            {
                var stop = NextStop(t, tEnd);
                if (stop == t)
                {
                    // A time switch of the right-hand side changes value at the next representable time: restart on its far side.
                    CrossSwitch(t);
                    t = _integrator.Time;
                    continue;
                }

                _integrator.Step(Math.Min(stop, t + _maxStep));
                var tNew = _integrator.Time;
                if (_gNew.Length > 0 && HandleRootCrossing())
                {
                    t = _integrator.Time;
                    continue;
                }

                var isEventStop = (tNew == stop && stop == _eventStop && stop < tEnd) || ((tNew == tEnd || tNew == _switchStop) && HasScheduledWorkAt(tNew));
                WriteOutputsBefore(tNew, inclusive: !isEventStop);
                if (isEventStop)
                {
                    _integrator.State.CopyTo(_y);
                    if (ProcessEvents(tNew, nudge: true))
                    {
                        _integrator.Reinitialize(tNew, _y);
                        LocateSwitches(tNew, _y);
                    }

                    WriteOutputsAt(tNew, _integrator.State);
                }

                EvaluateRoots(tNew, _integrator.State, _gPrevious);
                t = tNew;
            }

            WriteOutputsAt(tEnd, _integrator.State);
            return new SimulationResult(_columns, _times, _values, _integrator.Statistics, _executed);
        }

        private bool HasScheduledWorkAt(double t)
        {
            foreach (var p in _pending)
            {
                if (p.Time <= t)
                {
                    return true;
                }
            }

            if (_thresholds.Length > 0)
            {
                _instance.Evaluate(_model.TimeThresholds, t, _integrator.State, _thresholds);
                foreach (var x in _thresholds)
                {
                    if (x == t)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The next time the integrator must stop at: the end, an event's scheduled time (<see cref="_eventStop"/>), or the last
        /// representable time before a time switch of the right-hand side changes value (<see cref="_switchStop"/>; equal to
        /// <paramref name="t"/> when the switch is due at the next representable time).
        /// </summary>
        private double NextStop(double t, double tEnd)
        {
            var stop = tEnd;
            foreach (var p in _pending)
            {
                if (p.Time > t && p.Time < stop)
                {
                    stop = p.Time;
                }
            }

            if (_thresholds.Length > 0)
            {
                _instance.Evaluate(_model.TimeThresholds, t, _integrator.State, _thresholds);
                foreach (var x in _thresholds)
                {
                    if (x > t && x < stop)
                    {
                        stop = x;
                    }
                }
            }

            _eventStop = stop;
            _switchStop = double.PositiveInfinity;
            foreach (var first in _switchFirst)
            {
                if (first > t && first <= tEnd)
                {
                    var last = Math.BitDecrement(first);
                    if (last <= stop && last < _switchStop)
                    {
                        _switchStop = last;
                    }
                }
            }

            return Math.Min(stop, _switchStop);
        }

        /// <summary>
        /// Continues from <paramref name="t"/>, the last representable time before a time switch changes value, at the next
        /// representable time: the state carries over (it is continuous; only its derivative jumps), events due there execute,
        /// and the integrator restarts so that no step uses right-hand-side values from both sides of the switch.
        /// </summary>
        private void CrossSwitch(double t)
        {
            var next = Math.BitIncrement(t);
            _integrator.State.CopyTo(_y);
            if (HasScheduledWorkAt(next) && ProcessEvents(next, nudge: true))
            {
                LocateSwitches(next, _y);
            }

            _integrator.Reinitialize(next, _y);
            WriteOutputsAt(next, _y);
            EvaluateRoots(next, _y, _gPrevious);
        }

        /// <summary>
        /// For each time switch, the first representable time after <paramref name="t"/> at which its condition differs from its
        /// value at <paramref name="t"/> (+∞ when it does not change), found around the computed switching time by evaluating the
        /// condition itself, so that the stop agrees with the right-hand side's own floating-point arithmetic. Called at the start
        /// and whenever events may have changed parameters.
        /// </summary>
        private void LocateSwitches(double t, ReadOnlySpan<double> y)
        {
            if (_switchFirst.Length == 0)
            {
                return;
            }

            _instance.Evaluate(_model.SwitchTimes, t, y, _switchTimes);
            _instance.Evaluate(_model.SwitchConditions, t, y, _switchValues);
            for (var k = 0; k < _switchFirst.Length; k++)
            {
                var x = _switchTimes[k];
                _switchFirst[k] = double.IsFinite(x) && x >= t - (64 * Ulp(t))
                    ? FirstChange(k, t, _switchValues[k] != 0.0, Math.Max(x, Math.BitIncrement(t)), y)
                    : double.PositiveInfinity;
            }
        }

        private static double Ulp(double x) => Math.BitIncrement(Math.Abs(x)) - Math.Abs(x);

        /// <summary>The first time after <paramref name="t"/> where switch <paramref name="k"/> is no longer <paramref name="before"/>, searched around <paramref name="guess"/>.</summary>
        private double FirstChange(int k, double t, bool before, double guess, ReadOnlySpan<double> y)
        {
            double lo, hi;
            if (SwitchValue(k, guess, y) != before)
            {
                // Changed by the guess: step back, doubling the distance, until the old value is found (or t is reached).
                lo = t;
                hi = guess;
                for (var d = Ulp(guess); ; d *= 2)
                {
                    var probe = guess - d;
                    if (probe <= lo)
                    {
                        break;
                    }

                    if (SwitchValue(k, probe, y) == before)
                    {
                        lo = probe;
                        break;
                    }

                    hi = probe;
                }
            }
            else
            {
                // Not yet changed: step forward a little; a linear condition changes within a few ulps of its computed time.
                lo = guess;
                hi = double.NaN;
                var d = Ulp(guess);
                for (var i = 0; i < 24 && double.IsNaN(hi); i++, d *= 2)
                {
                    var probe = guess + d;
                    if (SwitchValue(k, probe, y) != before)
                    {
                        hi = probe;
                    }
                    else
                    {
                        lo = probe;
                    }
                }

                if (double.IsNaN(hi))
                {
                    return double.PositiveInfinity;
                }
            }

            // Bisect down to adjacent representable times: lo keeps the old value, hi has the new one.
            while (Math.BitIncrement(lo) < hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (mid <= lo || mid >= hi)
                {
                    mid = Math.BitIncrement(lo);
                }

                if (SwitchValue(k, mid, y) == before)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            return hi;
        }

        private bool SwitchValue(int k, double t, ReadOnlySpan<double> y)
        {
            _instance.Evaluate(_model.SwitchConditions, t, y, _switchProbe);
            return _switchProbe[k] != 0.0;
        }

        /// <summary>Looks for sign changes of root functions over the last step; processes the earliest one that changes a trigger.</summary>
        private bool HandleRootCrossing()
        {
            var tPrev = _integrator.PreviousTime;
            var tNew = _integrator.Time;
            _instance.Evaluate(_model.RootFunctions, tNew, _integrator.State, _gNew);
            var best = double.PositiveInfinity;
            var anyCrossing = false;
            for (var m = 0; m < _gNew.Length; m++)
            {
                var a = _gPrevious[m];
                var b = _gNew[m];
                if (!Crosses(a, b))
                {
                    continue;
                }

                anyCrossing = true;

                // Leaving an exact zero, the change starts just after the step's start; otherwise locate the sign change.
                var f = new LeafFunction(_instance, _integrator, _model.RootFunctions, m, _yOut, _gLeaf);
                var root = a == 0.0
                    ? tPrev
                    : BracketingRootFinder.FindRoot(
                        ref f,
                        tPrev,
                        a,
                        tNew,
                        b,
                        (4 * double.Epsilon) + (4e-15 * Math.Max(Math.Abs(tNew), 1.0)) + (1e-12 * (tNew - tPrev)));
                if (root >= best)
                {
                    continue;
                }

                var change = FirstTriggerChange(root, Math.Min(best, tNew));
                if (change < best)
                {
                    best = change;
                }
            }

            if (!anyCrossing || double.IsPositiveInfinity(best))
            {
                return false;
            }

            WriteOutputsBefore(best, inclusive: false);
            if (best == tNew)
            {
                _integrator.State.CopyTo(_y);
            }
            else
            {
                _integrator.Interpolate(best, _y);
            }

            ProcessEvents(best, nudge: false);
            _integrator.Reinitialize(best, _y);
            LocateSwitches(best, _y);
            WriteOutputsAt(best, _y);
            EvaluateRoots(best, _y, _gPrevious);
            return true;
        }

        /// <summary>
        /// The first time from <paramref name="from"/> up to <paramref name="limit"/> at which a trigger differs from its last value, or +∞.
        /// </summary>
        /// <remarks>
        /// At a located root a leaf may be exactly zero, where a strict relation ("x &gt; 1.4") has not flipped yet, and it may
        /// stay exactly zero for a few ulps of t; the flip is then found by an exponential search forward from the root.
        /// </remarks>
        private double FirstTriggerChange(double from, double limit)
        {
            if (TriggersChangeAt(from))
            {
                return from;
            }

            var delta = (4 * double.Epsilon) + (2.2e-16 * Math.Max(Math.Abs(from), 1.0));
            for (var i = 0; i < 80; i++)
            {
                var t = from + delta;
                if (t >= limit)
                {
                    return TriggersChangeAt(limit) ? limit : double.PositiveInfinity;
                }

                if (TriggersChangeAt(t))
                {
                    return t;
                }

                delta *= 2;
            }

            return TriggersChangeAt(limit) ? limit : double.PositiveInfinity;
        }

        private static bool Crosses(double a, double b) =>
            (a < 0 && b >= 0) || (a > 0 && b <= 0) || (a == 0 && b != 0);

        private bool TriggersChangeAt(double t)
        {
            if (t == _integrator.Time)
            {
                _integrator.State.CopyTo(_yOut);
            }
            else
            {
                _integrator.Interpolate(t, _yOut);
            }

            _instance.Evaluate(_model.Triggers, t, _yOut, _triggers);
            for (var k = 0; k < _eventCount; k++)
            {
                if ((_triggers[k] != 0.0) != _previous[k])
                {
                    return true;
                }
            }

            return false;
        }

        private void EvaluateRoots(double t, ReadOnlySpan<double> y, double[] g)
        {
            if (g.Length > 0)
            {
                _instance.Evaluate(_model.RootFunctions, t, y, g);
            }
        }

        /// <summary>Fires and executes events at time t on the state in _y; returns whether anything was executed or scheduled.</summary>
        private bool ProcessEvents(double t, bool nudge)
        {
            // Scheduled thresholds are reached exactly at t = X; evaluating just after t makes "time > X" true there too.
            var tTrigger = nudge ? Math.BitIncrement(t) : t;
            var changed = false;
            for (var guard = 0; ; guard++)
            {
                if (guard > MaxEventsPerInstant)
                {
                    throw new ModelValidationException(_model.Model.Id, [new ModelDiagnostic("events", $"more than {MaxEventsPerInstant} event executions at time {t}: the events keep re-triggering each other.")]);
                }

                _instance.Evaluate(_model.Triggers, tTrigger, _y, _triggers);
                var anyFired = false;
                for (var k = 0; k < _eventCount; k++)
                {
                    var now = _triggers[k] != 0.0;
                    if (now && !_previous[k])
                    {
                        Fire(k, t);
                        anyFired = true;
                    }
                    else if (!now && _previous[k] && !_model.Events[k].Persistent)
                    {
                        _pending.RemoveAll(p => p.Event == k);
                    }

                    _previous[k] = now;
                }

                changed |= anyFired;
                var next = NextDue(t);
                if (next < 0)
                {
                    return changed;
                }

                Execute(_pending[next], t);
                _pending.RemoveAt(next);
                changed = true;
            }
        }

        private void Fire(int k, double t)
        {
            var e = _model.Events[k];
            var delay = 0.0;
            if (e.HasDelay)
            {
                _instance.Evaluate(_model.Delays, t, _y, _delays);
                delay = _delays[k];
                if (!(delay >= 0) || double.IsInfinity(delay))
                {
                    throw new ModelValidationException(_model.Model.Id, [new ModelDiagnostic($"event '{e.Id}'", $"its delay evaluated to {delay} at time {t}; a delay must be finite and ≥ 0.")]);
                }
            }

            double[]? values = null;
            if (e.UseValuesFromTriggerTime)
            {
                values = new double[e.Targets.Length];
                _instance.Evaluate(e.Assignments, t, _y, values);
            }

            _pending.Add(new PendingEvent(t + delay, k, values, _sequence++));
        }

        private int NextDue(double t)
        {
            var best = -1;
            var ties = 1;
            var evaluated = false;
            for (var i = 0; i < _pending.Count; i++)
            {
                if (_pending[i].Time > t)
                {
                    continue;
                }

                if (best < 0)
                {
                    best = i;
                    continue;
                }

                if (!evaluated && _priorities.Length > 0)
                {
                    _instance.Evaluate(_model.Priorities, t, _y, _priorities);
                    evaluated = true;
                }

                var pi = _priorities[_pending[i].Event];
                var pb = _priorities[_pending[best].Event];
                if (pi > pb)
                {
                    best = i;
                    ties = 1;
                }
                else if (pi == pb && _model.Events[_pending[i].Event].HasPriority && _model.Events[_pending[best].Event].HasPriority)
                {
                    // SBML: simultaneous events of equal priority execute in random order; pick uniformly among the ties (seeded).
                    ties++;
                    if (NextRandom() % (ulong)ties == 0)
                    {
                        best = i;
                    }
                }
                else if (pi == pb && _pending[i].Sequence < _pending[best].Sequence)
                {
                    best = i;
                }
            }

            return best;
        }

        /// <summary>The next number of a SplitMix64 stream (Steele, Lea &amp; Flood 2014) seeded by <see cref="SimulationSettings.EventSeed"/>.</summary>
        private ulong NextRandom()
        {
            var z = _random += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        private void Execute(PendingEvent pending, double t)
        {
            var e = _model.Events[pending.Event];
            var values = pending.Values;
            if (values is null)
            {
                values = _eventValues;
                _instance.Evaluate(e.Assignments, t, _y, values);
            }

            var scales = _eventScales;
            _instance.Evaluate(e.TargetScales, t, _y, scales);
            var p = _instance.ParameterStorage;
            var parametersChanged = false;
            var before = _eventBefore;
            for (var i = 0; i < e.Targets.Length; i++)
            {
                var target = e.Targets[i];
                before[i] = target.Storage == SymbolStorage.State ? _y[target.Index] : p[target.Index];
            }

            for (var i = 0; i < e.Targets.Length; i++)
            {
                var target = e.Targets[i];
                var stored = values[i] * scales[i];
                if (target.Storage == SymbolStorage.State)
                {
                    _y[target.Index] = stored;
                }
                else
                {
                    p[target.Index] = stored;
                    parametersChanged = true;
                }
            }

            // A species whose state is its concentration (a rate rule with concentration semantics) keeps its amount when an
            // event resizes its compartment (SBML L3V2 §4.11.7). A concentration the same event assigns is converted to an amount
            // with the size before the event, as for species stored as amounts (TargetScales) — the SBML Test Suite's reading (case 1779).
            foreach (var (state, compartment) in _concentrationStates)
            {
                for (var i = 0; i < e.Targets.Length; i++)
                {
                    if (e.Targets[i].Id == compartment)
                    {
                        var after = e.Targets[i].Storage == SymbolStorage.State ? _y[e.Targets[i].Index] : p[e.Targets[i].Index];
                        _y[state] *= before[i] / after;
                    }
                }
            }

            if (parametersChanged)
            {
                _instance.RefreshDerivedParameters();
            }

            _executed++;
        }

        private void WriteOutputsBefore(double tLimit, bool inclusive)
        {
            while (_nextOutput < _times.Length)
            {
                var t = _times[_nextOutput];
                if (t > tLimit || (t == tLimit && !inclusive))
                {
                    return;
                }

                if (t == _integrator.Time)
                {
                    WriteRow(t, _integrator.State);
                }
                else
                {
                    _integrator.Interpolate(t, _yOut);
                    WriteRow(t, _yOut);
                }
            }
        }

        private void WriteOutputsAt(double t, ReadOnlySpan<double> y)
        {
            while (_nextOutput < _times.Length && _times[_nextOutput] <= t)
            {
                WriteRow(_times[_nextOutput], y);
            }
        }

        private void WriteRow(double t, ReadOnlySpan<double> y)
        {
            var row = _values.AsSpan(_nextOutput * _columns.Length, _columns.Length);
            if (_observer is null)
            {
                _instance.StateValues(t, y, row);
            }
            else
            {
                _instance.Evaluate(_observer, t, y, row);
            }

            _nextOutput++;
        }
    }

    /// <summary>The one-state system dy/dt = 0 that carries time forward for models without ODE states.</summary>
    private sealed class IdleSystem : IOdeSystem
    {
        public int Dimension => 1;

        public bool HasJacobian => true;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = 0.0;

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = 0.0;
    }

    private readonly record struct PendingEvent(double Time, int Event, double[]? Values, long Sequence);

    /// <summary>One root function along the dense output of the last step.</summary>
    private readonly struct LeafFunction(ModelInstance instance, OdeIntegrator integrator, Kernel roots, int leaf, double[] y, double[] g) : IScalarFunction
    {
        private readonly double[] _g = g;

        public readonly double Evaluate(double x)
        {
            integrator.Interpolate(x, y);
            instance.Evaluate(roots, x, y, _g);
            return _g[leaf];
        }
    }
}
