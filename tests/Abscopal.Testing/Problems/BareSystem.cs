using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>Wraps a system and hides its optional parts, so solvers fall back to finite differences for ∂f/∂t (and, if asked, for ∂f/∂y).</summary>
/// <param name="inner">The wrapped system.</param>
/// <param name="hideJacobian">Whether to report <see cref="HasJacobian"/> = false.</param>
public sealed class BareSystem(IOdeSystem inner, bool hideJacobian = false) : IOdeSystem
{
    /// <summary>Number of right-hand-side evaluations so far.</summary>
    public int Evaluations { get; private set; }

    /// <inheritdoc/>
    public int Dimension => inner.Dimension;

    /// <inheritdoc/>
    public bool HasJacobian => !hideJacobian && inner.HasJacobian;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        Evaluations++;
        inner.Derivative(t, y, dydt);
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => inner.Jacobian(t, y, jacobian);
}
