namespace Abscopal.Numerics.Ode;

/// <summary>Work counters of one integration (a snapshot; all counts since the last <see cref="OdeIntegrator.Initialize"/>).</summary>
/// <param name="AcceptedSteps">Steps accepted by the error test.</param>
/// <param name="RejectedSteps">Steps rejected (error test, non-finite trial values, constraint violations, singular matrices).</param>
/// <param name="RhsEvaluations">Calls of <see cref="IOdeSystem.Derivative"/>, including those for finite-difference Jacobians.</param>
/// <param name="JacobianEvaluations">Jacobians formed, analytically or by finite differences.</param>
/// <param name="LuDecompositions">LU factorisations of the iteration matrix.</param>
/// <param name="LinearSolves">Forward/back substitutions with an LU factorisation.</param>
/// <param name="StiffnessSwitches">Switches between the non-stiff and the stiff method (automatic switching only).</param>
/// <param name="SparseLuDecompositions">Those of <paramref name="LuDecompositions"/> done on the Jacobian's sparsity pattern (see <see cref="IOdeJacobianSparsity"/>).</param>
public readonly record struct OdeStatistics(
    int AcceptedSteps,
    int RejectedSteps,
    int RhsEvaluations,
    int JacobianEvaluations,
    int LuDecompositions,
    int LinearSolves,
    int StiffnessSwitches,
    int SparseLuDecompositions = 0)
{
    /// <summary>Accepted plus rejected steps.</summary>
    public int TotalSteps => AcceptedSteps + RejectedSteps;
}
