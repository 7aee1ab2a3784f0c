namespace Abscopal.Numerics.Ode;

/// <summary>Why an integration failed; carried by <see cref="OdeSolverException"/>.</summary>
public enum OdeFailure
{
    /// <summary>The step size fell below 16·eps·|t| while the error test (or a non-negativity constraint) kept failing.</summary>
    StepSizeUnderflow = 1,

    /// <summary>A state, derivative or Jacobian entry became NaN or ±∞ and shrinking the step did not help.</summary>
    NonFiniteState = 2,

    /// <summary>More than <see cref="OdeOptions.MaxSteps"/> accepted plus rejected steps were needed.</summary>
    TooManySteps = 3,

    /// <summary>The Rosenbrock iteration matrix I/(hγ) − J stayed singular after repeated step reductions.</summary>
    SingularMatrix = 4,
}
