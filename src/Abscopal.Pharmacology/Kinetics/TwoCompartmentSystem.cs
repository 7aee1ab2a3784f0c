using Abscopal.Numerics.Ode;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>
/// The two-compartment ODE with zero-order input: y = [central amount (mg), peripheral amount (mg), infusion rate (mg/day)];
/// the rate is a state so that scheduled events switch infusions on and off exactly.
/// </summary>
internal sealed class TwoCompartmentSystem : IOdeSystem
{
    private readonly TwoCompartmentParameters _p;
    private readonly TimeVaryingClearance? _timeVarying;
    private readonly double _firstDoseDay;

    public TwoCompartmentSystem(TwoCompartmentParameters parameters, TimeVaryingClearance? timeVarying, double firstDoseDay)
    {
        _p = parameters;
        _timeVarying = timeVarying;
        _firstDoseDay = firstDoseDay;
    }

    public int Dimension => 3;

    public bool HasJacobian => true;

    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double k10 = _p.K10 * ClearanceFactor(t);
        dydt[0] = y[2] - ((k10 + _p.K12) * y[0]) + (_p.K21 * y[1]);
        dydt[1] = (_p.K12 * y[0]) - (_p.K21 * y[1]);
        dydt[2] = 0;
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        double k10 = _p.K10 * ClearanceFactor(t);
        jacobian.Clear();
        jacobian[0] = -(k10 + _p.K12);
        jacobian[1] = _p.K21;
        jacobian[2] = 1;
        jacobian[3] = _p.K12;
        jacobian[4] = -_p.K21;
    }

    private double ClearanceFactor(double t) => _timeVarying?.Factor(t - _firstDoseDay) ?? 1;
}
