using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>
/// One-compartment intravenous-bolus pharmacokinetics: amount A' = −k·A (mg) and area under the concentration curve
/// AUC' = A/V (mg·h/L); bolus doses D_j at t_j add to A. By superposition (Gibaldi &amp; Perrier, <i>Pharmacokinetics</i>,
/// 2nd ed., ch. 3): A(t) = Σ_{t_j ≤ t} D_j·e^(−k(t − t_j)), AUC(t) = Σ_{t_j ≤ t} D_j/(k V)·(1 − e^(−k(t − t_j))).
/// </summary>
/// <param name="eliminationRate">k, in 1/h.</param>
/// <param name="volume">V, in L.</param>
public sealed class OneCompartmentBolus(double eliminationRate, double volume) : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>Elimination rate k, in 1/h.</summary>
    public double EliminationRate { get; } = eliminationRate;

    /// <summary>Volume of distribution V, in L.</summary>
    public double Volume { get; } = volume;

    /// <inheritdoc/>
    public int Dimension => 2;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = -EliminationRate * y[0];
        dydt[1] = y[0] / Volume;
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        jacobian[0] = -EliminationRate;
        jacobian[1] = 0;
        jacobian[2] = 1 / Volume;
        jacobian[3] = 0;
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();

    /// <summary>A problem on [0, <paramref name="endTime"/>] starting from zero, with bolus <paramref name="doses"/> (time in h, amount in mg) as scheduled events.</summary>
    public OdeProblem Problem(double endTime, IReadOnlyList<(double Time, double Amount)> doses, IEnumerable<double>? outputTimes = null)
    {
        var events = new List<ScheduledEvent>();
        foreach ((double time, double amount) in doses)
        {
            events.Add(new ScheduledEvent(time, (_, y) => y[0] += amount));
        }

        return new OdeProblem(this, 0, endTime, [0.0, 0.0], outputTimes, events);
    }

    /// <summary>Exact (A, AUC) at <paramref name="t"/>, right-continuous (a dose at t is included).</summary>
    public (double Amount, double Auc) Exact(double t, IReadOnlyList<(double Time, double Amount)> doses)
    {
        double amount = 0, auc = 0;
        foreach ((double time, double dose) in doses)
        {
            if (time <= t)
            {
                double decay = Math.Exp(-EliminationRate * (t - time));
                amount += dose * decay;
                auc += dose / (EliminationRate * Volume) * (1 - decay);
            }
        }

        return (amount, auc);
    }
}
