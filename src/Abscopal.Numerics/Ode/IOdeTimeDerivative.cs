namespace Abscopal.Numerics.Ode;

/// <summary>Optional companion to <see cref="IOdeSystem"/> that supplies the explicit time derivative ∂f/∂t, used by Rosenbrock methods.</summary>
/// <remarks>
/// Rosenbrock methods need ∂f/∂t for non-autonomous systems (Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.7, eq. 7.4').
/// When a system does not implement this interface the solvers use a forward finite difference in t, which costs one
/// extra right-hand-side evaluation per step. An autonomous system should implement it and write zeros.
/// </remarks>
public interface IOdeTimeDerivative
{
    /// <summary>Writes ∂f/∂t at (t, y) into <paramref name="dfdt"/>, in state units per time unit squared.</summary>
    void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt);
}
