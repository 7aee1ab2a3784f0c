namespace Abscopal.Numerics.Ode.Internal;

/// <summary>What a single trial step produced, before the error test.</summary>
internal enum AttemptOutcome
{
    /// <summary>A finite trial solution and error estimate.</summary>
    Finite = 0,

    /// <summary>A NaN or infinity appeared in a stage, the solution or the error estimate.</summary>
    NonFinite = 1,

    /// <summary>The iteration matrix could not be factored.</summary>
    Singular = 2,
}
