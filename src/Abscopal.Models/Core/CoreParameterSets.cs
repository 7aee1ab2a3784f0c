using System.Collections.Concurrent;
using System.Collections.Immutable;
using Abscopal.Models.Patients;
using Abscopal.Radiobiology.Lymphocytes;

namespace Abscopal.Models.Core;

/// <summary>The system-wide parameters of abscopal-core for human subtypes and murine lines, each with its source.</summary>
/// <remarks>Per-lesion parameters (α, perfusion, baseline PD-L1, field coverage) are set from the patient in <c>AbscopalCoreModel</c>; see docs/models/abscopal-core-design.md.</remarks>
public static class CoreParameterSets
{
    private const string Kosinsky = "Kosinsky 2018 J Immunother Cancer 6:17, Table 1";

    /// <summary>Volume doubling time of a subtype, in days: TNBC 103, HER2+ 162, HR+/HER2− 241 (Ryu 2014, serial ultrasound; SCIENCE.md §3b).</summary>
    public static double DoublingTimeDays(BreastCancerSubtype subtype) => subtype switch
    {
        BreastCancerSubtype.TripleNegative => 103,
        BreastCancerSubtype.Her2Positive => 162,
        _ => 241,
    };

    // The sets depend only on species and tumour type; virtual trials ask for them once per patient, so they are built once.
    private static readonly ConcurrentDictionary<(HostSpecies, BreastCancerSubtype?, MurineTumorLine?), ImmutableArray<CoreParameter>> s_sets = new();

    /// <summary>The parameters for a patient's species and tumour type.</summary>
    public static ImmutableArray<CoreParameter> For(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return s_sets.GetOrAdd((patient.Species, patient.Subtype, patient.TumorLine), static (_, patient) => Build(patient), patient);
    }

    private static ImmutableArray<CoreParameter> Build(Patient patient)
    {
        var human = patient.Species == HostSpecies.Human;
        var p = ImmutableArray.CreateBuilder<CoreParameter>();
        void Add(string id, double value, string units, string description, string source) => p.Add(new CoreParameter(id, value, units, description, source));

        // Tumour growth and death.
        if (human)
        {
            var subtype = patient.Subtype ?? BreastCancerSubtype.TripleNegative;
            Add("Td", DoublingTimeDays(subtype), "day", $"Volume doubling time ({subtype.Id()})", "Ryu 2014 (serial ultrasound, n = 66), via SCIENCE.md §3b");
            Add("K", 1e6, "mm³", "Carrying capacity of one lesion", "assumed: 1 L, so that growth stays near exponential at clinical sizes, as the doubling-time data describe");
            Add("d0", 0.001, "1/day", "Basal death rate of viable cells", "assumed: small against growth; only sets baseline antigen release");
            Add("beta", 0.05, "1/Gy²", "LQ β of tumour cells", "Scott 2017 Lancet Oncol 18:202 (GARD, fixed β = 0.05)");
        }
        else
        {
            var line = patient.TumorLine!.Value;
            Add("Td", Math.Log(2) / (0.4 - 0.01), "day", $"Volume doubling time at small size ({line.Id()})", "ln2/(r − d0) with r, d0 of CT26 (" + Kosinsky + "); assumed for TSA/4T1/TUBO (line-specific growth not read)");
            Add("K", 2500, "mm³", "Carrying capacity of one lesion", Kosinsky + " (TVmax 2500 µL, CT26); assumed for breast lines");
            Add("d0", 0.01, "1/day", "Basal death rate of viable cells", Kosinsky);
            Add("beta", 0.0146, "1/Gy²", "LQ β of tumour cells", Kosinsky + ": α 0.146 /Gy with α/β = 10 Gy (quadratic term 0.1·α·d²); assumed for breast lines");
        }

        Add("cells", 1e6, "cells/mm³", "Tumour cells per mm³", "Del Monte 2009 Cell Cycle 8:505 (≈ 10⁹ cells/cm³, order of magnitude)");
        Add("Vmin", 1e-6, "mm³", "Volume of one cell, keeps ratios finite as a lesion vanishes", "1/cells (numerical floor)");
        Add("kD", 0.1725, "1/day", "Death rate of lethally damaged cells (mitotic catastrophe)", Kosinsky + " (μ; t½ ≈ 4 d, within the 2–7 d of Friedrich 2022)");

        // Antigen and interferon.
        Add("lambdaA", 0.5, "1/day", "Clearance of tumour antigen available to dendritic cells", "assumed: t½ ≈ 1.4 d, antigen presentation lasting days after a death wave");
        Add("epsA", 0.1, "dimensionless", "Immunogenicity of basal and immune-mediated deaths relative to RT-induced deaths", "assumed: immunogenic cell death after RT is the main adjuvant (SCIENCE.md §1)");
        Add("gammaI", 2, "dimensionless", "Boost of antigen immunogenicity per unit interferon signal", "assumed: cGAS–STING/IFN-I needed for RT-induced priming (Vanpouille-Box 2017); magnitude not measured");
        Add("tauI", 3, "day", "Lifetime of the interferon/danger signal after a fraction", "assumed: IFN-β transcripts and cytosolic DNA persist for days after RT (Vanpouille-Box 2017, Fig 1, qualitative)");
        Add("dT", 15, "Gy", "Trex1 threshold: single dose above which cytosolic DNA is cleared", "Vanpouille-Box 2017 Nat Commun 8:15618: Trex1 induced above 12–18 Gy depending on the line (midpoint)");
        Add("wT", 1, "Gy", "Width of the Trex1 switch", "assumed: steep switch between 12 and 18 Gy");
        Add("dref", 8, "Gy", "Dose per fraction giving an interferon signal of about 1", "Vanpouille-Box 2017: 8 Gy fractions gave maximal IFN-β without Trex1");

        // Priming, trafficking, killing.
        Add("kp", human ? 5e6 : 5.5e5, "cells/day", "Maximal production of tumour-specific effectors in draining nodes",
            human
                ? "assumed: with median TILs gives a baseline immune kill of a few %/day in a 3-cm liver lesion (ICI alone is not fitted to KEYNOTE-086)"
                : "assumed: at half-maximal priming a 100 mm³ flank tumour holds effectors at the half-saturating ratio Krho (≈ 10⁶ cells), so immune kill reaches the order of Kosinsky 2018's fitted e·dTeff (0.1–0.6 /day); scaling the human value by body weight would make immunity negligible in mice");
        Add("KA", human ? 100 : 8.89, "mm³", "Antigen at half-maximal priming", human ? "assumed: order of a 6-mm lesion's dying volume" : Kosinsky + " (SL, antigen at half-maximal T-cell influx)");
        Add("kx", 0.2, "1/day", "Egress of primed effectors from nodes to blood", "assumed: mean 5 days from priming to circulation (clonal expansion)");
        Add("theta", 2, "dimensionless", "Gain in priming at full CTLA-4 occupancy", "assumed: anti-CTLA-4 acts at priming (SCIENCE.md §1; Demaria 2005 direction only)");
        Add("deltaB", 0.1, "1/day", "Loss of circulating effectors", "assumed: effector half-life ≈ 1 week in blood");
        Add("eta", 0.5, "dimensionless", "Share of tumour-specific effectors in a lesion's blood flow that extravasate", "assumed; trafficking by blood flow follows Poleszczuk 2016 Cancer Res 76:1009");
        Add("deltaE", 0.2, "1/day", "Death of effectors in a lesion", Kosinsky + " (kel)");
        Add("chi", 1, "dimensionless", "Extra effector death (exhaustion) at full unblocked PD-L1", "assumed: PD-L1 signalling drives exhaustion and apoptosis (SCIENCE.md §1)");
        Add("kE", 1, "1/day", "Maximal kill rate of tumour cells by effectors", "assumed: order of de Pillis 2005 Cancer Res 65:7950 (d ≈ 2 /day) [check]");
        Add("Krho", 0.01, "dimensionless", "Effector:tumour-cell ratio at half-maximal kill", "assumed: ratio-dependent kill (de Pillis 2005 form)");
        Add("KrhoP", 0.01, "dimensionless", "Effector:tumour-cell ratio at half-maximal PD-L1 induction", "assumed; adaptive PD-L1 induction by T-cell IFN-γ (Dovedi 2014; Kosinsky's Kpdl term)");
        Add("kP", 1, "1/day", "PD-L1 turnover", Kosinsky + " (kpdl)");
        Add("kS", 0.1, "1/day", "Turnover of suppressive cells (MDSC, Treg) in a lesion", "assumed: weeks-scale recruitment");
        Add("sRT", 1, "dimensionless", "Rise of suppressive cells when all of a lesion is lethally damaged", "assumed: RT recruits MDSCs (Deng 2014 JCI; SCIENCE.md §1), magnitude not read");
        Add("qC", 0.5, "dimensionless", "Depletion of intratumoural Tregs at full CTLA-4 occupancy", "assumed: Fc-dependent Treg depletion by anti-CTLA-4 (SCIENCE.md §1)");

        // Blood, lymphocytes and the dose to blood.
        Add("CO", human ? SitePhysiology.HumanCardiacOutputLitresPerMinute : SitePhysiology.MouseCardiacOutputLitresPerMinute, "L/min", "Cardiac output",
            human ? "ICRP Publication 89 reference male (SCIENCE.md §2b)" : "Davies & Morris 1993 (20 g mouse; SCIENCE.md §2b)");
        Add("Vblood", human ? BloodPool.ReferenceMale.BloodVolumeLitres : 0.002, "L", "Blood volume",
            human ? "ICRP Publication 89 reference male (SCIENCE.md §2b)" : "Davies & Morris 1993 (1.7–2.4 mL; SCIENCE.md §2b)");
        Add("D0L", LymphocyteRadiosensitivity.InVivo.D0Gy, "Gy", "D0 of lymphocytes (blood and in-field)", LymphocyteRadiosensitivity.InVivo.Source);
        Add("beamrate", human ? 0.1 : 0.8 / 60, "Gy/s", "Dose rate while the beam is on",
            human ? "assumed: 6 Gy/min (600 MU/min linac)" : "Dovedi 2014 / Kosinsky 2018 (0.8 Gy/min)");
        Add("kr", Math.Log(2) / 30, "1/day", "Recovery rate of circulating lymphocytes", "assumed: months-scale recovery after RT (Yovino 2013 qualitative); half-time 30 d");
        return p.ToImmutable();
    }
}
