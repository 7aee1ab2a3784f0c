using System.Collections.ObjectModel;
using Abscopal.Pharmacology.Kinetics;

namespace Abscopal.Pharmacology.Drugs;

/// <summary>
/// The checkpoint inhibitors the platform knows: five clinical antibodies with their population PK, and three murine
/// surrogates for mouse experiments. Sources are in each record and in docs/radiobiology.md (Pharmacology section);
/// "[check]" marks values recalled rather than read.
/// </summary>
public static class DrugLibrary
{
    /// <summary>Pembrolizumab (anti-PD-1, IgG4).</summary>
    /// <remarks>
    /// Vc, Q, Vp and weight exponents: Ahamadi et al. 2017, CPT Pharmacometrics Syst Pharmacol 6:49, Table 3 (reference
    /// 76.8 kg; exponent 0.595 on CL and Q, 0.489 on Vc and Vp). Ahamadi's CL (0.22 L/day) is stationary; the time-varying
    /// model uses the label's first-dose clearance 0.252 L/day and its 23% fall to 0.195 L/day at steady state
    /// (KEYTRUDA US label §12.3), i.e. Imax = ln(195/252). T50 and Hill are not available to us from Li et al. 2017 (J
    /// Pharmacokinet Pharmacodyn 44:403) and are borrowed from nivolumab (Bajaj 2017 Table 1) [check].
    /// </remarks>
    public static CheckpointInhibitor Pembrolizumab { get; } = new(
        "pembrolizumab",
        DrugTarget.Pd1,
        ForMouse: false,
        MolecularWeightKDa: 149,
        KdNanomolar: 0.029,
        KdSource: "KD 29 pM for human PD-1, MW ≈ 149 kDa (KEYTRUDA EPAR / US label §11) [check: recalled]",
        Pk: new PopulationPk(
            new TwoCompartmentParameters(0.252, 3.48, 0.795, 4.06),
            ReferenceWeightKg: 76.8,
            ClearanceWeightExponent: 0.595,
            CentralVolumeWeightExponent: 0.489,
            IntercompartmentalWeightExponent: 0.595,
            PeripheralVolumeWeightExponent: 0.489,
            TimeVarying: new TimeVaryingClearance(
                Math.Log(195.0 / 252.0),
                1.41e3 / 24,
                3.15,
                "Imax = ln(0.195/0.252) from KEYTRUDA label §12.3 (CL 252 mL/day first dose, 195 mL/day steady state); T50 58.75 d and Hill 3.15 borrowed from nivolumab (Bajaj 2017 Table 1) [check: Li 2017 JPKPD values not read]"),
            Source: "Ahamadi et al. 2017, CPT Pharmacometrics Syst Pharmacol 6:49, Table 3 (Vc 3.48 L, Q 0.795 L/day, Vp 4.06 L; stationary CL 0.22 L/day replaced by the label's first-dose CL 0.252 L/day)"),
        InfusionHours: 0.5,
        LabelHalfLifeDays: 22,
        LabelSource: "KEYTRUDA US label §12.3: terminal t½ 22 days (CV 32%), Vss 6.0 L, 30-min infusion");

    /// <summary>Atezolizumab (anti-PD-L1, IgG1), stationary two-compartment model.</summary>
    public static CheckpointInhibitor Atezolizumab { get; } = new(
        "atezolizumab",
        DrugTarget.PdL1,
        ForMouse: false,
        MolecularWeightKDa: 145,
        KdNanomolar: 0.4,
        KdSource: "KD ≈ 0.4 nM for human PD-L1, MW ≈ 145 kDa (TECENTRIQ EPAR) [check: recalled]",
        Pk: new PopulationPk(
            new TwoCompartmentParameters(0.20, 3.28, 0.546, 3.63),
            ReferenceWeightKg: 77,
            ClearanceWeightExponent: 0.808,
            CentralVolumeWeightExponent: 0.559,
            IntercompartmentalWeightExponent: 0,
            PeripheralVolumeWeightExponent: 0,
            TimeVarying: null,
            Source: "Stroh et al. 2017, Clin Pharmacol Ther 102:305, as tabulated in Centanni et al. 2019, Clin Pharmacokinet 58:835, Table 2 (CL 0.20 L/day, Vc 3.28 L, Vp 3.63 L, Q 0.546 L/day; weight exponents 0.808 on CL and 0.559 on Vc at 77 kg) [primary paper not read]"),
        InfusionHours: 1,
        LabelHalfLifeDays: 27,
        LabelSource: "TECENTRIQ label: CL 0.200 L/day, V1 3.28 L, Vss 6.91 L, terminal t½ 27 days; 60-min first infusion");

    /// <summary>Nivolumab (anti-PD-1, IgG4) with time-varying clearance.</summary>
    public static CheckpointInhibitor Nivolumab { get; } = new(
        "nivolumab",
        DrugTarget.Pd1,
        ForMouse: false,
        MolecularWeightKDa: 146,
        KdNanomolar: 3.06,
        KdSource: "KD 3.06 nM for human PD-1 (Wang et al. 2014, Cancer Immunol Res 2:846), MW ≈ 146 kDa (OPDIVO label) [check: recalled]",
        Pk: new PopulationPk(
            new TwoCompartmentParameters(9.4 * 24 / 1000, 3.63, 32.1 * 24 / 1000, 2.78),
            ReferenceWeightKg: 80,
            ClearanceWeightExponent: 0.566,
            CentralVolumeWeightExponent: 0.597,
            IntercompartmentalWeightExponent: 0,
            PeripheralVolumeWeightExponent: 0,
            TimeVarying: new TimeVaryingClearance(-0.295, 1.41e3 / 24, 3.15, "Bajaj et al. 2017 Table 1: CL_EMAX −0.295, CL_T50 1.41e3 h, CL_HILL 3.15"),
            Source: "Bajaj et al. 2017, CPT Pharmacometrics Syst Pharmacol 6:58, Table 1 (CL 9.4 mL/h, Vc 3.63 L, Q 32.1 mL/h, Vp 2.78 L; weight exponents 0.566 on CL and 0.597 on Vc at 80 kg; reference white female, eGFR 90, ECOG 0) — read via the nlmixr2lib transcription"),
        InfusionHours: 0.5,
        LabelHalfLifeDays: 25,
        LabelSource: "OPDIVO US label §12.3: terminal t½ 25 days; 30-min infusion");

    /// <summary>Durvalumab (anti-PD-L1, IgG1); the small non-linear (target-mediated) clearance of Baverel 2018 is left out.</summary>
    public static CheckpointInhibitor Durvalumab { get; } = new(
        "durvalumab",
        DrugTarget.PdL1,
        ForMouse: false,
        MolecularWeightKDa: 146,
        KdNanomolar: 0.667,
        KdSource: "KD ≈ 0.667 nM for human PD-L1 (Stewart et al. 2015, Cancer Immunol Res 3:1052), MW ≈ 146 kDa [check: recalled]",
        Pk: new PopulationPk(
            new TwoCompartmentParameters(0.232, 3.51, 0.476, 3.45),
            ReferenceWeightKg: 69,
            ClearanceWeightExponent: 0.389,
            CentralVolumeWeightExponent: 0.406,
            IntercompartmentalWeightExponent: 0,
            PeripheralVolumeWeightExponent: 0,
            TimeVarying: null,
            Source: "Baverel et al. 2018, Clin Pharmacol Ther 103:631, as tabulated in Centanni et al. 2019, Clin Pharmacokinet 58:835, Table 2 (CL 0.232 L/day, Vc 3.51 L, Vp 3.45 L, Q 0.476 L/day; weight exponents 0.389 on CL, 0.406 on Vc at 69 kg; Vmax 0.824 mg/day, Km 0.344 mg/L omitted) [primary table not read]"),
        InfusionHours: 1,
        LabelHalfLifeDays: 18,
        LabelSource: "IMFINZI label: t½ ≈ 18 days from baseline CL, CLss 8.16 mL/h at day 365; 60-min infusion");

    /// <summary>Ipilimumab (anti-CTLA-4, IgG1).</summary>
    public static CheckpointInhibitor Ipilimumab { get; } = new(
        "ipilimumab",
        DrugTarget.Ctla4,
        ForMouse: false,
        MolecularWeightKDa: 148,
        KdNanomolar: 5.25,
        KdSource: "KD ≈ 5.25 nM for human CTLA-4, MW ≈ 148 kDa (YERVOY EPAR) [check: recalled]",
        Pk: new PopulationPk(
            new TwoCompartmentParameters(0.0150 * 24, 4.15, 0.0411 * 24, 3.11),
            ReferenceWeightKg: 80,
            ClearanceWeightExponent: 0.642,
            CentralVolumeWeightExponent: 0.708,
            IntercompartmentalWeightExponent: 0,
            PeripheralVolumeWeightExponent: 0,
            TimeVarying: null,
            Source: "Feng et al. 2014, Br J Clin Pharmacol 78:106, Table 2 (CL 0.0150 L/h, Vc 4.15 L, Q 0.0411 L/h, Vp 3.11 L; weight exponents 0.642 on CL, 0.708 on Vc at 80 kg; LDH at its 206 IU/L reference)"),
        InfusionHours: 1.5,
        LabelHalfLifeDays: 15.4,
        LabelSource: "YERVOY US label §12.3: terminal t½ 15.4 days; 90-min infusion in the trials of Feng 2014 [check: recalled]");

    /// <summary>Generic murine anti-PD-1 (e.g. RMP1-14), for mouse experiments; no PK model.</summary>
    public static CheckpointInhibitor MurineAntiPd1 { get; } = Murine("murine-anti-pd-1", DrugTarget.Pd1);

    /// <summary>Generic murine anti-PD-L1 (e.g. 10F.9G2); KD 30 nM as used by Kosinsky et al. 2018 (J Immunother Cancer 6:17, Table 1).</summary>
    public static CheckpointInhibitor MurineAntiPdL1 { get; } = Murine("murine-anti-pd-l1", DrugTarget.PdL1) with
    {
        KdNanomolar = 30,
        KdSource = "KD 30 nM (Kosinsky et al. 2018, J Immunother Cancer 6:17, Table 1; SCIENCE.md §3); MW 150 kDa assumed",
    };

    /// <summary>Generic murine anti-CTLA-4 (e.g. 9H10), for mouse experiments; no PK model.</summary>
    public static CheckpointInhibitor MurineAntiCtla4 { get; } = Murine("murine-anti-ctla-4", DrugTarget.Ctla4);

    /// <summary>Every drug, clinical first.</summary>
    public static ReadOnlyCollection<CheckpointInhibitor> All { get; } = Array.AsReadOnly(new[]
    {
        Pembrolizumab, Atezolizumab, Nivolumab, Durvalumab, Ipilimumab, MurineAntiPd1, MurineAntiPdL1, MurineAntiCtla4,
    });

    /// <summary>The drug named <paramref name="name"/> (case-insensitive; '_' or ' ' for '-'), or null.</summary>
    public static CheckpointInhibitor? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Trim().Replace('_', '-').Replace(' ', '-');
        return All.FirstOrDefault(d => string.Equals(d.Name, key, StringComparison.OrdinalIgnoreCase));
    }

    private static CheckpointInhibitor Murine(string name, DrugTarget target) => new(
        name,
        target,
        ForMouse: true,
        MolecularWeightKDa: 150,
        KdNanomolar: 1,
        KdSource: "KD 1 nM assumed (rat/hamster anti-mouse antibodies bind in the low-nM range) [check]; MW 150 kDa assumed",
        Pk: null,
        InfusionHours: 0,
        LabelHalfLifeDays: double.NaN,
        LabelSource: "no label (research reagent)");
}
