using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Ode;

/// <summary>
/// Explicit Runge–Kutta 5(4) of Dormand &amp; Prince (1980, doi:10.1016/0771-050X(80)90013-3) with FSAL, Hairer's PI step
/// control, Shampine's order-4 dense output and Hairer's stiffness detection (DOPRI5; Hairer, Nørsett &amp; Wanner,
/// <i>Solving ODEs I</i>, §II.5, §IV.2). The default for non-stiff problems.
/// </summary>
public sealed class DormandPrince5 : OdeAlgorithm
{
    /// <inheritdoc/>
    public override string Name => "dp5";

    /// <inheritdoc/>
    protected override OdeIntegrator CreateIntegratorCore(IOdeSystem system, OdeOptions options) =>
        new DormandPrince5Integrator(system, options, new OdeCounters());
}
