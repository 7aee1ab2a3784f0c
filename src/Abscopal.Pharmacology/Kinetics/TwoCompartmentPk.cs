using Abscopal.Numerics.Ode;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>
/// Serum concentrations of a linear two-compartment model after IV infusions or boluses: in closed form (superposition
/// of the analytic solution; Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., ch. 2) or with the ODE solver when the
/// clearance varies with time.
/// </summary>
public static class TwoCompartmentPk
{
    /// <summary>Concentration at <paramref name="timeDays"/>, in µg/mL, by superposing the analytic response to each dose (constant clearance).</summary>
    /// <param name="parameters">The disposition parameters.</param>
    /// <param name="doses">The doses.</param>
    /// <param name="timeDays">Time, in days.</param>
    public static double ClosedForm(TwoCompartmentParameters parameters, IReadOnlyList<Infusion> doses, double timeDays)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(doses);
        double alpha = parameters.Alpha;
        double beta = parameters.Beta;
        double k21 = parameters.K21;
        double vc = parameters.CentralVolumeLitres;

        // Unit-dose impulse response: c(t) = a·e^(−αt) + b·e^(−βt), in (mg/L)/mg.
        double a = (alpha - k21) / (vc * (alpha - beta));
        double b = (k21 - beta) / (vc * (alpha - beta));
        double total = 0;
        foreach (var dose in doses)
        {
            // Right-continuous like the ODE solution: a bolus given at timeDays is counted.
            double s = timeDays - dose.StartDay;
            if (s < 0)
            {
                continue;
            }

            if (dose.DurationDays == 0)
            {
                total += dose.AmountMg * ((a * Math.Exp(-alpha * s)) + (b * Math.Exp(-beta * s)));
                continue;
            }

            double rate = dose.AmountMg / dose.DurationDays;
            double u = Math.Min(s, dose.DurationDays);
            total += rate * (InfusionTerm(a, alpha, u, s) + InfusionTerm(b, beta, u, s));
        }

        return total;
    }

    /// <summary>Concentrations at <paramref name="timesDays"/>, in µg/mL, from the ODE solver (needed when clearance varies with time).</summary>
    /// <param name="parameters">Baseline (first-dose) disposition parameters.</param>
    /// <param name="timeVarying">Time-varying clearance (time counted from the first dose), or null for constant clearance.</param>
    /// <param name="doses">The doses.</param>
    /// <param name="timesDays">Sorted output times, each ≥ 0, in days.</param>
    /// <param name="relativeTolerance">Relative tolerance of the solver (dimensionless).</param>
    public static double[] SolveOde(
        TwoCompartmentParameters parameters,
        TimeVaryingClearance? timeVarying,
        IReadOnlyList<Infusion> doses,
        IReadOnlyList<double> timesDays,
        double relativeTolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(doses);
        ArgumentNullException.ThrowIfNull(timesDays);
        if (timesDays.Count == 0)
        {
            return [];
        }

        double end = Math.Max(timesDays[^1], 1e-9);
        double firstDose = doses.Count == 0 ? 0 : doses.Min(d => d.StartDay);
        var events = new List<ScheduledEvent>();
        foreach (var dose in doses.OrderBy(d => d.StartDay))
        {
            if (dose.StartDay > end)
            {
                continue;
            }

            if (dose.DurationDays == 0)
            {
                double amount = dose.AmountMg;
                events.Add(new ScheduledEvent(dose.StartDay, (_, y) => y[0] += amount));
                continue;
            }

            double rate = dose.AmountMg / dose.DurationDays;
            events.Add(new ScheduledEvent(dose.StartDay, (_, y) => y[2] += rate));
            double stop = dose.StartDay + dose.DurationDays;
            if (stop <= end)
            {
                events.Add(new ScheduledEvent(stop, (_, y) => y[2] = Math.Max(0, y[2] - rate)));
            }
        }

        // Rate changes add and subtract, so the order of events at one time does not matter.
        events.Sort((x, y) => x.Time.CompareTo(y.Time));
        var system = new TwoCompartmentSystem(parameters, timeVarying, firstDose);
        var problem = new OdeProblem(system, 0, end, [0.0, 0.0, 0.0], timesDays, events);
        var options = OdeOptions.Default with { RelativeTolerance = relativeTolerance, AbsoluteTolerance = 1e-12, MaxSteps = 1_000_000 };
        var solution = Ode.Solve(problem, OdeAlgorithms.Auto, options);
        return solution.States.Select(s => s[0] / parameters.CentralVolumeLitres).ToArray();
    }

    /// <summary>
    /// The concentration course of <paramref name="model"/> for a patient of <paramref name="weightKg"/> kg: closed form when
    /// the clearance is stationary, ODE otherwise; with the terminal half-life and the trough accumulation ratio.
    /// </summary>
    /// <param name="model">Population PK model.</param>
    /// <param name="weightKg">Body weight, in kg; &gt; 0.</param>
    /// <param name="doses">The doses, in mg.</param>
    /// <param name="timesDays">Sorted output times, in days, each ≥ 0.</param>
    public static ConcentrationProfile Simulate(PopulationPk model, double weightKg, IReadOnlyList<Infusion> doses, IReadOnlyList<double> timesDays)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(doses);
        ArgumentNullException.ThrowIfNull(timesDays);
        var parameters = model.ForWeight(weightKg);
        double end = timesDays.Count == 0 ? 0 : timesDays[^1];
        double[] troughTimes = [.. doses.Select(d => d.StartDay).Where(t => t <= end).Distinct().Order()];
        double[] all = [.. timesDays.Concat(troughTimes).Distinct().Order()];
        double[] values = model.TimeVarying is null
            ? all.Select(t => ClosedForm(parameters, doses, t)).ToArray()
            : SolveOde(parameters, model.TimeVarying, doses, all);
        var byTime = new Dictionary<double, double>();
        for (int i = 0; i < all.Length; i++)
        {
            byTime[all[i]] = values[i];
        }

        double ratio = troughTimes.Length >= 2 ? byTime[troughTimes[^1]] / byTime[troughTimes[1]] : double.NaN;
        return new ConcentrationProfile([.. timesDays], timesDays.Select(t => byTime[t]).ToArray(), parameters.TerminalHalfLifeDays, ratio);
    }

    private static double InfusionTerm(double coefficient, double rate, double infusedDays, double sinceStartDays) =>
        coefficient / rate * (1 - Math.Exp(-rate * infusedDays)) * Math.Exp(-rate * (sinceStartDays - infusedDays));
}
