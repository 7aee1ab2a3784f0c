using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Ode;

/// <summary>
/// RODAS4, Hairer &amp; Wanner's stiffly accurate Rosenbrock 4(3) method with order-3 dense output (<i>Solving ODEs II</i>,
/// §VI.4). Uses the analytic Jacobian when <see cref="IOdeSystem.HasJacobian"/>, else forward differences, and
/// <see cref="IOdeTimeDerivative"/> for ∂f/∂t when implemented, else a forward difference in t. The default for stiff problems.
/// </summary>
public sealed class Rodas4 : OdeAlgorithm
{
    /// <inheritdoc/>
    public override string Name => "rodas4";

    /// <inheritdoc/>
    protected override OdeIntegrator CreateIntegratorCore(IOdeSystem system, OdeOptions options) =>
        new Rodas4Integrator(system, options, new OdeCounters());
}
