using System.Diagnostics.CodeAnalysis;
using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Ode;

/// <summary>A stateful, allocation-free stepper for one <see cref="IOdeSystem"/>: takes one accepted step at a time and interpolates within it.</summary>
/// <remarks>
/// Created by <see cref="OdeAlgorithm.CreateIntegrator"/>. Every buffer is allocated in the constructor; <see cref="Step"/>,
/// <see cref="Interpolate"/> and <see cref="Reinitialize"/> do not allocate. Integration runs forward in time only.
/// A typical driver: <c>Initialize(t0, y0)</c>, then <c>Step(tStop)</c> until <c>Time == tStop</c>, reading intermediate
/// values with <c>Interpolate</c>, applying instantaneous state changes with <c>Reinitialize</c>. Not thread-safe.
/// </remarks>
public abstract class OdeIntegrator
{
    private protected OdeIntegrator(IOdeSystem system, OdeOptions options, OdeCounters counters)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        System = system;
        Options = options;
        Dimension = system.Dimension;
        Counters = counters;
    }

    /// <summary>The system being integrated.</summary>
    public IOdeSystem System { get; }

    /// <summary>The options this integrator was created with.</summary>
    public OdeOptions Options { get; }

    /// <summary>Number of states.</summary>
    public int Dimension { get; }

    /// <summary>Current time t_n, in the system's time unit.</summary>
    public abstract double Time { get; }

    /// <summary>Start t_{n−1} of the last accepted step, in the system's time unit (equals <see cref="Time"/> after (re)initialisation).</summary>
    public abstract double PreviousTime { get; }

    /// <summary>Current state y(t_n); valid until the next call that changes the integrator.</summary>
    public abstract ReadOnlySpan<double> State { get; }

    /// <summary>Step size the next <see cref="Step"/> will try, in time units.</summary>
    public abstract double SuggestedStep { get; }

    /// <summary>Whether the method that took the last step is the stiff (implicit) one.</summary>
    public abstract bool IsStiff { get; }

    /// <summary>Work counters since the last <see cref="Initialize"/>.</summary>
    public OdeStatistics Statistics => Counters.Snapshot();

    private protected OdeCounters Counters { get; }

    /// <summary>Starts a new integration at time <paramref name="t0"/> from state <paramref name="y0"/>, resetting the statistics.</summary>
    public abstract void Initialize(double t0, ReadOnlySpan<double> y0);

    /// <summary>Takes one accepted step forward, never beyond <paramref name="tLimit"/>; reaching it sets <see cref="Time"/> exactly to it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tLimit"/> is not finite or not greater than <see cref="Time"/>.</exception>
    /// <exception cref="OdeSolverException">The step cannot be completed (see <see cref="OdeFailure"/>).</exception>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Step is the established name for one integrator step (SciML step!, SciPy OdeSolver.step, SUNDIALS CV_ONE_STEP).")]
    public abstract void Step(double tLimit);

    /// <summary>Writes the dense-output value y(<paramref name="t"/>) for t in [<see cref="PreviousTime"/>, <see cref="Time"/>] into <paramref name="y"/>.</summary>
    public abstract void Interpolate(double t, Span<double> y);

    /// <summary>Restarts at time <paramref name="t"/> from state <paramref name="y"/> after an instantaneous change (a dose), keeping the step-size suggestion.</summary>
    /// <remarks>Recomputes f, drops the step-size controller history and the first-same-as-last derivative; statistics keep counting.</remarks>
    public abstract void Reinitialize(double t, ReadOnlySpan<double> y);
}
