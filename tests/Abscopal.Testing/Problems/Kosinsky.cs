using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>
/// The Kosinsky 2018 tumour–immune model under radiotherapy and anti-PD-L1 (Kosinsky et al. 2018, J Immunother Cancer
/// 6:17, doi:10.1186/s40425-018-0327-9, Table 1), hand-written with an analytic Jacobian, exactly as in docs/problems.md.
/// States: TV (µL), U (breaks/cell), nTeff, dTeff (cells), PDL1 (0..1), TVd (µL), Adepot, Acent (nmol). Time in days.
/// </summary>
/// <remarks>
/// The radiation dose rate R (Gy/day) is a property switched by scheduled events, so that f is smooth (and autonomous)
/// between discontinuities and ∂f/∂t = 0 there. Not thread-safe: one instance per concurrent solve.
/// </remarks>
public sealed class Kosinsky : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>End of the standard time span, 40 days.</summary>
    public const double EndTime = 40;

    /// <summary>Dose rate during a fraction, 0.8 Gy/min = 1152 Gy/day (docs/problems.md).</summary>
    public const double FractionDoseRate = 1152;

    /// <summary>Dose per fraction, 2 Gy.</summary>
    public const double FractionDose = 2;

    /// <summary>Antibody bolus, 0.2 mg of a 150 kDa antibody = 1.3333333333333333 nmol.</summary>
    public const double AntibodyDose = 1.3333333333333333;

    private const double GrowthRate = 0.4, TvMax = 2500, D0 = 0.01, KLn = 279, SL = 8.89, KPro = 3, KDif = 3.2, KEl = 0.2;
    private const double KApo = 2, E = 0.001, KPdlHalf = 478, KPdl = 1, KTcd = 0.2, SR = 30.5, Alpha = 0.146, Delta = 19;
    private const double Tau = 0.02, MuDeath = 0.1725, KD = 30, KA = 8, KElmAb = 0.15, Vd = 0.003;

    // 0.2·α/(τ·δ²): the quadratic (U²) kill coefficient.
    private const double QuadraticKill = 0.2 * Alpha / (Tau * Delta * Delta);

    /// <summary>Fraction start times, days (Dovedi 2014 concurrent arm).</summary>
    public static IReadOnlyList<double> FractionStarts { get; } = [7, 8, 9, 10, 11];

    /// <summary>Antibody bolus times, days (three times a week for three weeks).</summary>
    public static IReadOnlyList<double> AntibodyTimes { get; } = [7, 9, 11, 14, 16, 18, 21, 23, 25];

    /// <summary>Reference-row times of docs/problems.md: 5, 10, ..., 40.</summary>
    public static IReadOnlyList<double> ReferenceTimes { get; } = [5, 10, 15, 20, 25, 30, 35, 40];

    /// <summary>State names in order.</summary>
    public static IReadOnlyList<string> StateNames { get; } = ["TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent"];

    /// <summary>Radiation dose rate R, in Gy/day (0 outside a fraction).</summary>
    public double DoseRate { get; set; }

    /// <summary>TV = 15 µL, everything else 0.</summary>
    public static double[] InitialState() => [15, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>kosinsky-untreated: R ≡ 0 and no antibody, on [0, 40].</summary>
    public static OdeProblem Untreated(IEnumerable<double>? outputTimes = null)
    {
        var system = new Kosinsky();
        return new OdeProblem(
            system, 0, EndTime, InitialState(), outputTimes ?? ReferenceTimes, [new ScheduledEvent(0, (_, _) => system.DoseRate = 0)]);
    }

    /// <summary>kosinsky-treated: five 2 Gy fractions at 1152 Gy/day from t = 7..11 and nine antibody boluses, as scheduled events (a dose before a fraction start at the same time).</summary>
    public static OdeProblem Treated(IEnumerable<double>? outputTimes = null)
    {
        var system = new Kosinsky();
        var events = new List<(double Time, int Order, StateAction Action)>
        {
            (0, 0, (_, _) => system.DoseRate = 0),
        };
        foreach (double t in AntibodyTimes)
        {
            events.Add((t, 1, static (_, y) => y[6] += AntibodyDose));
        }

        foreach (double t in FractionStarts)
        {
            events.Add((t, 2, (_, _) => system.DoseRate = FractionDoseRate));
            events.Add((t + (FractionDose / FractionDoseRate), 3, (_, _) => system.DoseRate = 0));
        }

        events.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Order.CompareTo(b.Order));
        var scheduled = new List<ScheduledEvent>(events.Count);
        foreach ((double time, _, StateAction action) in events)
        {
            scheduled.Add(new ScheduledEvent(time, action));
        }

        return new OdeProblem(system, 0, EndTime, InitialState(), outputTimes ?? ReferenceTimes, scheduled);
    }

    /// <inheritdoc/>
    public int Dimension => 8;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double tv = y[0], u = y[1], nT = y[2], dT = y[3], pdl1 = y[4], tvd = y[5], adepot = y[6], acent = y[7];
        double r = DoseRate;
        double a = acent / Vd;
        double total = tv + tvd;
        double d = (MuDeath * tvd / total) + (E * dT) + D0;
        double m = d * d / ((d * d) + (KTcd * KTcd));
        double w = m * total;
        double influx = KLn * w / (w + SL);
        double supp = 1 - (w / (w + SR));
        double block = 1 - (pdl1 / (1 + (a / KD)));
        double kill = tv * ((Alpha * r) + (QuadraticKill * u * u));
        dydt[0] = (GrowthRate * tv * (1 - (tv / TvMax))) - kill - (((E * dT) + D0) * tv);
        dydt[1] = (Delta * r) - (u / Tau);
        dydt[2] = influx + (block * supp * (KPro - KDif) * nT) - (KEl * nT);
        dydt[3] = (block * supp * KDif * nT) - (KApo * dT);
        dydt[4] = KPdl * ((dT / (KPdlHalf + dT)) - pdl1);
        dydt[5] = kill - (MuDeath * tvd);
        dydt[6] = -KA * adepot;
        dydt[7] = (KA * adepot) - (KElmAb * acent);
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        const int n = 8;
        Span<double> j = jacobian[..(n * n)];
        j.Clear();
        double tv = y[0], u = y[1], nT = y[2], dT = y[3], pdl1 = y[4], tvd = y[5], acent = y[7];
        double r = DoseRate;
        double a = acent / Vd;
        double total = tv + tvd;
        double d = (MuDeath * tvd / total) + (E * dT) + D0;
        double d2k = (d * d) + (KTcd * KTcd);
        double m = d * d / d2k;
        double dmdD = 2 * d * KTcd * KTcd / (d2k * d2k);
        double w = m * total;
        double dDdTv = -MuDeath * tvd / (total * total);
        double dDdTvd = MuDeath * tv / (total * total);
        double dWdTv = (dmdD * dDdTv * total) + m;
        double dWdTvd = (dmdD * dDdTvd * total) + m;
        double dWdDt = dmdD * E * total;
        double dInfluxdW = KLn * SL / ((w + SL) * (w + SL));
        double supp = 1 - (w / (w + SR));
        double dSuppdW = -SR / ((w + SR) * (w + SR));
        double blockDen = 1 + (a / KD);
        double block = 1 - (pdl1 / blockDen);
        double dBlockdP = -1 / blockDen;
        double dBlockdAcent = pdl1 / (blockDen * blockDen) / (KD * Vd);
        double killRate = (Alpha * r) + (QuadraticKill * u * u);
        double dKilldU = tv * 2 * QuadraticKill * u;

        // TV'
        j[0] = (GrowthRate * (1 - (2 * tv / TvMax))) - killRate - ((E * dT) + D0);
        j[1] = -dKilldU;
        j[3] = -E * tv;

        // U'
        j[(1 * n) + 1] = -1 / Tau;

        // nTeff'
        double nGain = KPro - KDif;
        double nW = dInfluxdW + (block * dSuppdW * nGain * nT);
        j[(2 * n) + 0] = nW * dWdTv;
        j[(2 * n) + 2] = (block * supp * nGain) - KEl;
        j[(2 * n) + 3] = nW * dWdDt;
        j[(2 * n) + 4] = dBlockdP * supp * nGain * nT;
        j[(2 * n) + 5] = nW * dWdTvd;
        j[(2 * n) + 7] = dBlockdAcent * supp * nGain * nT;

        // dTeff'
        double dW = block * dSuppdW * KDif * nT;
        j[(3 * n) + 0] = dW * dWdTv;
        j[(3 * n) + 2] = block * supp * KDif;
        j[(3 * n) + 3] = (dW * dWdDt) - KApo;
        j[(3 * n) + 4] = dBlockdP * supp * KDif * nT;
        j[(3 * n) + 5] = dW * dWdTvd;
        j[(3 * n) + 7] = dBlockdAcent * supp * KDif * nT;

        // PDL1'
        j[(4 * n) + 3] = KPdl * KPdlHalf / ((KPdlHalf + dT) * (KPdlHalf + dT));
        j[(4 * n) + 4] = -KPdl;

        // TVd'
        j[(5 * n) + 0] = killRate;
        j[(5 * n) + 1] = dKilldU;
        j[(5 * n) + 5] = -MuDeath;

        // Adepot', Acent'
        j[(6 * n) + 6] = -KA;
        j[(7 * n) + 6] = KA;
        j[(7 * n) + 7] = -KElmAb;
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
}
