using Abscopal.Numerics.RootFinding;

namespace Abscopal.Numerics.Ode.Internal;

/// <summary>g(t, y(t)) with y(t) from the integrator's dense output, for the root finder.</summary>
internal readonly struct InterpolatedCondition : IScalarFunction
{
    private readonly OdeIntegrator _integrator;
    private readonly EventFunction _condition;
    private readonly double[] _buffer;

    public InterpolatedCondition(OdeIntegrator integrator, EventFunction condition, double[] buffer)
    {
        _integrator = integrator;
        _condition = condition;
        _buffer = buffer;
    }

    public double Evaluate(double x)
    {
        _integrator.Interpolate(x, _buffer);
        return _condition(x, _buffer);
    }
}
