using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Ode;

/// <summary>
/// Starts with <see cref="DormandPrince5"/> and switches to <see cref="Rodas4"/> when DP5's stiffness detector reports
/// h·|λ| &gt; 3.25 on 15 steps without a run of 6 non-stiff ones; switches back after 20 consecutive Rodas4 steps with
/// h·‖J‖∞ ≤ 1.65 (half of DP5's real stability interval). Time, state and step size carry over; switches are counted in
/// <see cref="OdeStatistics.StiffnessSwitches"/>. Like LSODA (Petzold 1983) and SciML's AutoTsit5(Rodas5).
/// </summary>
public sealed class AutoSwitching : OdeAlgorithm
{
    /// <inheritdoc/>
    public override string Name => "auto";

    /// <inheritdoc/>
    protected override OdeIntegrator CreateIntegratorCore(IOdeSystem system, OdeOptions options) =>
        new AutoSwitchingIntegrator(system, options);
}
