namespace Abscopal.Numerics.Ode;

/// <summary>A first-order ODE system y' = f(t, y) of fixed dimension, evaluated into caller-supplied spans.</summary>
/// <remarks>Implementations must not allocate in <see cref="Derivative"/> or <see cref="Jacobian"/>: they are called in the integrator's inner loop.</remarks>
public interface IOdeSystem
{
    /// <summary>Number of state variables.</summary>
    int Dimension { get; }

    /// <summary>Writes f(t, y) into <paramref name="dydt"/>.</summary>
    void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt);

    /// <summary>Whether <see cref="Jacobian"/> gives an analytic Jacobian; when false the solvers use finite differences.</summary>
    bool HasJacobian { get; }

    /// <summary>Writes ∂f/∂y at (t, y) into <paramref name="jacobian"/>, row-major: jacobian[i·n + j] = ∂f_i/∂y_j.</summary>
    void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian);
}
