namespace Abscopal.Numerics.Ode.Internal;

/// <summary>Mutable work counters, shared by the two methods of an automatic-switching integrator.</summary>
internal sealed class OdeCounters
{
    public int AcceptedSteps;
    public int RejectedSteps;
    public int RhsEvaluations;
    public int JacobianEvaluations;
    public int LuDecompositions;
    public int LinearSolves;
    public int StiffnessSwitches;
    public int SparseLuDecompositions;

    public int TotalSteps => AcceptedSteps + RejectedSteps;

    public void Reset()
    {
        AcceptedSteps = 0;
        RejectedSteps = 0;
        RhsEvaluations = 0;
        JacobianEvaluations = 0;
        LuDecompositions = 0;
        LinearSolves = 0;
        StiffnessSwitches = 0;
        SparseLuDecompositions = 0;
    }

    public OdeStatistics Snapshot() => new(
        AcceptedSteps, RejectedSteps, RhsEvaluations, JacobianEvaluations, LuDecompositions, LinearSolves, StiffnessSwitches, SparseLuDecompositions);
}
