namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// Starts with Dormand–Prince 5(4); switches to Rodas4 when DOPRI5's stiffness detector fires, and back when
/// h·‖J‖∞ stays well inside DP5's stability region — the strategy of LSODA (Petzold 1983, SIAM J. Sci. Stat. Comput.
/// 4:136–148, doi:10.1137/0904010) and SciML's AutoTsit5(Rodas5) (Rackauckas &amp; Nie 2017, J. Open Res. Softw. 5:15).
/// </summary>
internal sealed class AutoSwitchingIntegrator : OdeIntegrator
{
    /// <summary>DOPRI5 reports stiffness when its counter reaches 15 (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §IV.2).</summary>
    internal const int StiffStepsToSwitch = 15;

    /// <summary>
    /// h·|λ| above which a DP5 step counts as stiff here: 90% of DP5's real stability interval (≈ 3.3), like SciML's
    /// stifftol = 9/10, because a step-size controller keeps stability-limited steps just inside the boundary.
    /// </summary>
    internal const double StiffBound = 0.9 * 3.3;

    /// <summary>Consecutive Rodas4 steps with h·‖J‖∞ under <see cref="NonStiffBound"/> before switching back.</summary>
    internal const int NonStiffStepsToSwitch = 20;

    /// <summary>Half of DP5's real stability interval (≈ 3.3): a step this far inside is safely accuracy-limited.</summary>
    internal const double NonStiffBound = 1.65;

    private readonly DormandPrince5Integrator _nonStiff;
    private readonly Rodas4Integrator _stiff;
    private AdaptiveIntegrator _active;
    private bool _switchPending;
    private int _nonStiffRun;

    public AutoSwitchingIntegrator(IOdeSystem system, OdeOptions options)
        : this(system, options, new OdeCounters())
    {
    }

    private AutoSwitchingIntegrator(IOdeSystem system, OdeOptions options, OdeCounters counters)
        : base(system, options, counters)
    {
        _nonStiff = new DormandPrince5Integrator(system, options, counters) { StiffnessBound = StiffBound };
        _stiff = new Rodas4Integrator(system, options, counters);
        _active = _nonStiff;
    }

    /// <inheritdoc/>
    public override double Time => _active.Time;

    /// <inheritdoc/>
    public override double PreviousTime => _active.PreviousTime;

    /// <inheritdoc/>
    public override ReadOnlySpan<double> State => _active.State;

    /// <inheritdoc/>
    public override double SuggestedStep => _active.SuggestedStep;

    /// <inheritdoc/>
    public override bool IsStiff => _active == _stiff;

    /// <summary>Whether the next step will be taken by the other method.</summary>
    internal bool SwitchPending => _switchPending;

    /// <inheritdoc/>
    public override void Initialize(double t0, ReadOnlySpan<double> y0)
    {
        _active = _nonStiff;
        _switchPending = false;
        _nonStiffRun = 0;
        _nonStiff.Initialize(t0, y0);
    }

    /// <inheritdoc/>
    public override void Step(double tLimit)
    {
        if (_switchPending)
        {
            AdaptiveIntegrator from = _active;
            SwitchTo(from.Time, from.State, from.CurrentDerivative, from.SuggestedStep);
        }

        _active.Step(tLimit);
        if (_active == _nonStiff)
        {
            _switchPending = _nonStiff.StiffnessCount >= StiffStepsToSwitch;
        }
        else if (_stiff.SuggestedStep * _stiff.JacobianNorm <= NonStiffBound)
        {
            _switchPending = ++_nonStiffRun >= NonStiffStepsToSwitch;
        }
        else
        {
            _nonStiffRun = 0;
        }
    }

    /// <inheritdoc/>
    public override void Interpolate(double t, Span<double> y) => _active.Interpolate(t, y);

    /// <inheritdoc/>
    public override void Reinitialize(double t, ReadOnlySpan<double> y)
    {
        if (_switchPending)
        {
            // Switch now: the restart costs no more than the reinitialisation would.
            double h = _active.SuggestedStep;
            _active.Reinitialize(t, y);
            SwitchTo(t, _active.State, _active.CurrentDerivative, h);
        }
        else
        {
            _active.Reinitialize(t, y);
        }
    }

    private void SwitchTo(double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f, double h)
    {
        AdaptiveIntegrator to = _active == _nonStiff ? _stiff : _nonStiff;
        to.Restart(t, y, f, h);
        _active = to;
        _switchPending = false;
        _nonStiffRun = 0;
        Counters.StiffnessSwitches++;
    }
}
