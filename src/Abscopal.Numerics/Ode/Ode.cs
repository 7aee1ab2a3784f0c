using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Ode;

/// <summary>Solves an <see cref="OdeProblem"/> with an algorithm and options: the one-call entry point (SciML's <c>solve</c>, SciPy's <c>solve_ivp</c>).</summary>
public static class Ode
{
    /// <summary>Integrates <paramref name="problem"/> from its start to its end time, applying its events, and reports the state at its output times.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="algorithm">The method; null selects <see cref="OdeAlgorithms.Auto"/> (DP5, switching to Rodas4 when stiff).</param>
    /// <param name="options">Tolerances and limits; null selects <see cref="OdeOptions.Default"/>.</param>
    /// <remarks>
    /// The integrator lands exactly on every scheduled event time and never steps across one. Events at the same time run
    /// in list order, then the integrator restarts. Continuous events are located on the dense output to
    /// 4·eps·max(|t|, 1); the earliest root wins, and events whose roots coincide with it within that tolerance fire with it
    /// in list order. Outputs are right-continuous (the state after the events at that time).
    /// </remarks>
    /// <exception cref="OdeSolverException">The integration failed; the message names the time and, where relevant, the state.</exception>
    public static OdeSolution Solve(OdeProblem problem, OdeAlgorithm? algorithm = null, OdeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        algorithm ??= OdeAlgorithms.Auto;
        options ??= OdeOptions.Default;
        OdeIntegrator integrator = algorithm.CreateIntegrator(problem.System, options);
        return new SolveDriver(problem, integrator).Run();
    }
}
