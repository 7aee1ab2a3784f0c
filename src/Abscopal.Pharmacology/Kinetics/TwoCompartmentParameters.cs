using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>Linear two-compartment disposition: clearance, central volume, inter-compartmental clearance, peripheral volume.</summary>
public sealed record TwoCompartmentParameters
{
    /// <summary>Creates and validates the parameters.</summary>
    /// <param name="clearanceLitresPerDay">Elimination clearance CL, in L/day; &gt; 0.</param>
    /// <param name="centralVolumeLitres">Central volume Vc, in L; &gt; 0.</param>
    /// <param name="intercompartmentalClearanceLitresPerDay">Inter-compartmental clearance Q, in L/day; &gt; 0.</param>
    /// <param name="peripheralVolumeLitres">Peripheral volume Vp, in L; &gt; 0.</param>
    public TwoCompartmentParameters(double clearanceLitresPerDay, double centralVolumeLitres, double intercompartmentalClearanceLitresPerDay, double peripheralVolumeLitres)
    {
        ClearanceLitresPerDay = Require.Positive(clearanceLitresPerDay, nameof(clearanceLitresPerDay));
        CentralVolumeLitres = Require.Positive(centralVolumeLitres, nameof(centralVolumeLitres));
        IntercompartmentalClearanceLitresPerDay = Require.Positive(intercompartmentalClearanceLitresPerDay, nameof(intercompartmentalClearanceLitresPerDay));
        PeripheralVolumeLitres = Require.Positive(peripheralVolumeLitres, nameof(peripheralVolumeLitres));
    }

    /// <summary>CL, in L/day.</summary>
    public double ClearanceLitresPerDay { get; }

    /// <summary>Vc, in L.</summary>
    public double CentralVolumeLitres { get; }

    /// <summary>Q, in L/day.</summary>
    public double IntercompartmentalClearanceLitresPerDay { get; }

    /// <summary>Vp, in L.</summary>
    public double PeripheralVolumeLitres { get; }

    /// <summary>k10 = CL/Vc, in 1/day.</summary>
    public double K10 => ClearanceLitresPerDay / CentralVolumeLitres;

    /// <summary>k12 = Q/Vc, in 1/day.</summary>
    public double K12 => IntercompartmentalClearanceLitresPerDay / CentralVolumeLitres;

    /// <summary>k21 = Q/Vp, in 1/day.</summary>
    public double K21 => IntercompartmentalClearanceLitresPerDay / PeripheralVolumeLitres;

    /// <summary>Fast disposition rate α (the larger root of λ² − (k10 + k12 + k21)λ + k10·k21), in 1/day.</summary>
    public double Alpha => (Sum + Discriminant) / 2;

    /// <summary>Terminal disposition rate β (the smaller root), in 1/day; computed as k10·k21/α to avoid cancellation.</summary>
    public double Beta => K10 * K21 / Alpha;

    /// <summary>Terminal half-life ln2/β, in days.</summary>
    public double TerminalHalfLifeDays => Math.Log(2) / Beta;

    /// <summary>Volume at steady state Vc + Vp, in L.</summary>
    public double SteadyStateVolumeLitres => CentralVolumeLitres + PeripheralVolumeLitres;

    /// <summary>The same disposition with clearance multiplied by <paramref name="factor"/> (&gt; 0).</summary>
    public TwoCompartmentParameters WithClearanceScaled(double factor) =>
        new(ClearanceLitresPerDay * Require.Positive(factor, nameof(factor)), CentralVolumeLitres, IntercompartmentalClearanceLitresPerDay, PeripheralVolumeLitres);

    private double Sum => K10 + K12 + K21;

    private double Discriminant => Math.Sqrt((Sum * Sum) - (4 * K10 * K21));
}
