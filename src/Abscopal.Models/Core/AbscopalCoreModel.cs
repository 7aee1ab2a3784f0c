using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;
using Abscopal.Models.Internal;
using Abscopal.Models.Library.Published;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Models.Core;

/// <summary>
/// abscopal-core: the multi-lesion immunoradiotherapy model of breast cancer (SCIENCE.md §1, docs/models/abscopal-core-design.md).
/// A template expanded for the patient's lesions: per lesion viable (T) and lethally damaged (D) volume, interferon signal
/// (I), antigen (A), effector T cells (E), PD-L1 (P) and suppressive cells (S); systemic primed effectors in nodes (ELN) and
/// blood (EB), the lymphocyte count (ALC) and each drug's PK.
/// </summary>
/// <remarks>
/// Radiotherapy fractions and drug doses are IR events whose times and doses are parameters (<c>rt_{lesion}_{k}_day</c>,
/// <c>rt_{lesion}_{k}_dose</c>, <c>dose_{drug}_{k}_day</c>, <c>dose_{drug}_{k}_mg</c>); the structure depends only on the
/// species, the lesion layout, the number of fractions per lesion and the doses per drug. The generic form
/// (<see cref="ModelSetup.Generic"/>) names lesions by position (<c>T_L1</c>) and binds the site's physiology as values, so its
/// structure depends only on the species, the number of lesions, the fractions per lesion position and the doses per drug.
/// </remarks>
internal sealed class AbscopalCoreModel : BuiltinModel
{
    /// <summary>The patient used when none is given: a 70 kg woman with TNBC and one 20 mm breast lesion.</summary>
    public static Patient DefaultPatient { get; } = new(HostSpecies.Human, 70, [Lesion.FromDiameter("breast1", AnatomicSite.Breast, 20)], BreastCancerSubtype.TripleNegative);

    /// <summary>Catalog title.</summary>
    public const string Title = "abscopal-core: multi-lesion immunoradiotherapy model of breast cancer (RT, anti-PD-1/PD-L1, anti-CTLA-4; human subtypes and murine lines)";

    /// <summary>Catalog citation.</summary>
    public const string Citation = "Abscopal project model built from the mechanisms and sources of SCIENCE.md §1 (Kosinsky 2018, Poleszczuk 2016, Vanpouille-Box 2017, Dovedi 2014, Demaria 2005, ICRP 89 and others, each cited at its parameter)";

    public override string Id => "abscopal-core";

    public override string Description => "abscopal-core: multi-lesion tumour–immune model of RT and checkpoint inhibitors in breast cancer (human subtypes, murine TSA/4T1/TUBO)";

    public override ModelSetup Prepare(Patient? patient, TreatmentPlan? plan)
    {
        patient ??= DefaultPatient;
        var human = patient.Species == HostSpecies.Human;
        var lesionIds = patient.Lesions.Select(l => l.Id).ToImmutableArray();

        // Values are bound by the generic names (lesions by position: T_L1), which all patients with this shape share.
        var parameterSet = CoreParameterSets.For(patient);
        var values = new Dictionary<string, double>(parameterSet.Length + 64, StringComparer.Ordinal);
        foreach (var p in parameterSet)
        {
            values[p.Id] = p.Value;
        }

        var markers = patient.Biomarkers;
        var alpha = human ? BiomarkerRelations.AlphaPerGy(markers.Rsi) : 0.146;
        var cps = markers.PdL1Cps ?? (human ? BiomarkerRelations.DefaultCps(patient.Subtype!.Value) : 10);
        values["ALC0"] = markers.AlcPerMicrolitre ?? BiomarkerRelations.DefaultAlc(patient.Species);
        values["tilsScale"] = BiomarkerRelations.PrimingScale(markers.TilsPercent ?? BiomarkerRelations.DefaultTilsPercent);

        var fractionCounts = new int[lesionIds.Length];
        var drugs = new List<(string Key, CheckpointInhibitor Drug, List<(double Day, double Mg)> Doses)>();
        foreach (var e in plan?.Events() ?? [])
        {
            if (e.Kind == TreatmentEventKind.RadiationFraction)
            {
                var index = lesionIds.IndexOf(e.Subject, StringComparer.Ordinal);
                if (index < 0)
                {
                    throw new ArgumentException($"radiotherapy target '{e.Subject}' is not a lesion; allowed: {string.Join(", ", lesionIds)}.", nameof(plan));
                }

                var k = fractionCounts[index];
                var g = LesionSymbolNames.GenericLesionId(index);
                values[$"rt_{g}_{k}_day"] = e.Day;
                values[$"rt_{g}_{k}_dose"] = e.Amount;
                fractionCounts[index] = k + 1;
            }
            else
            {
                var drug = DrugLibrary.Find(e.Subject)
                    ?? throw new ArgumentException($"drug '{e.Subject}' is not known; allowed: {string.Join(", ", DrugLibrary.All.Select(d => d.Name))}.", nameof(plan));
                if (drug.ForMouse == human)
                {
                    var allowed = DrugLibrary.All.Where(d => d.ForMouse != human).Select(d => d.Name);
                    throw new ArgumentException($"drug '{drug.Name}' is for {(drug.ForMouse ? "mice" : "patients")}; for a {patient.Species.Id()} allowed: {string.Join(", ", allowed)}.", nameof(plan));
                }

                var key = drug.Name.Replace('-', '_');
                var entry = drugs.FirstOrDefault(d => d.Key == key);
                if (entry.Key is null)
                {
                    entry = (key, drug, []);
                    drugs.Add(entry);
                }

                values[$"dose_{key}_{entry.Doses.Count}_day"] = e.Day;
                values[$"dose_{key}_{entry.Doses.Count}_mg"] = e.Amount;
                entry.Doses.Add((e.Day, e.Amount));
            }
        }

        for (var i = 0; i < lesionIds.Length; i++)
        {
            var lesion = patient.Lesions[i];
            var g = LesionSymbolNames.GenericLesionId(i);
            var site = SitePhysiology.Of(lesion.Site);
            values["T_" + g] = lesion.VolumeMm3;
            values["alpha_" + g] = alpha;
            values["Pb_" + g] = BiomarkerRelations.BaselinePdL1(cps);
            values["perf_" + g] = site.PerfusionMlPerMinPerGram(patient.Species);
            values["q_" + g] = site.CardiacOutputShare;
            values["transit_" + g] = site.TransitSeconds;

            // The field covers the lesion plus a 10 mm margin (5 mm for mice); its share of the organ's blood flow is its share of the organ's volume.
            var margin = human ? 10.0 : 2.0;
            var fieldMm3 = LesionGeometry.VolumeFromDiameter(lesion.DiameterMm + (2 * margin));
            var organMm3 = site.OrganMassGrams * 1000 * (human ? 1 : patient.WeightKg / SitePhysiology.HumanReferenceWeightKg);
            values["cov_" + g] = Math.Min(1, fieldMm3 / organMm3);
        }

        var drugLayout = drugs.Select(d => (d.Key, d.Drug, Count: d.Doses.Count)).ToImmutableArray();
        foreach (var (key, drug, _) in drugLayout)
        {
            AddDrugValues(values, key, drug, patient);
        }

        var species = patient.Species;
        var layout = patient.Lesions.Select((l, i) => (l.Id, (AnatomicSite?)l.Site, Fractions: fractionCounts[i])).ToImmutableArray();
        var genericLayout = layout.Select((l, i) => (LesionSymbolNames.GenericLesionId(i), (AnatomicSite?)null, l.Fractions)).ToImmutableArray();
        var genericStructure = new StringBuilder(Id).Append('|').Append(species.Id()).Append(CultureInfo.InvariantCulture, $"|lesions:{layout.Length}");
        foreach (var (_, _, n) in layout)
        {
            genericStructure.Append(CultureInfo.InvariantCulture, $"|{n}");
        }

        foreach (var (key, _, n) in drugLayout)
        {
            genericStructure.Append(CultureInfo.InvariantCulture, $"|{key}:{n}");
        }

        var genericLesions = patient.Lesions.Select((l, i) => new LesionOutput(l.Id, l.Site, fractionCounts[i] > 0, "V_" + LesionSymbolNames.GenericLesionId(i))).ToImmutableArray();
        var generic = new ModelSetup(genericStructure.ToString(), () => Build(species, genericLayout, drugLayout), values, genericLesions, "ALC");
        var names = new LesionSymbolNames(lesionIds);
        var lesions = patient.Lesions.Select((l, i) => new LesionOutput(l.Id, l.Site, fractionCounts[i] > 0, $"V_{l.Id}")).ToImmutableArray();
        return new ModelSetup(() => StructureKey(species, layout, drugLayout), () => Build(species, layout, drugLayout), lesions, generic, names.ToGeneric, names.ToPublic);
    }

    /// <summary>The structure key of a patient's own (lesion-named) model: species, each lesion's id, site and fractions, each drug's doses.</summary>
    private string StructureKey(HostSpecies species, ImmutableArray<(string Id, AnatomicSite? Site, int Fractions)> layout, ImmutableArray<(string Key, CheckpointInhibitor Drug, int Count)> drugLayout)
    {
        var structure = new StringBuilder(Id).Append('|').Append(species.Id());
        foreach (var (id, site, n) in layout)
        {
            structure.Append(CultureInfo.InvariantCulture, $"|{id}:{site!.Value.Id()}:{n}");
        }

        foreach (var (key, _, n) in drugLayout)
        {
            structure.Append(CultureInfo.InvariantCulture, $"|{key}:{n}");
        }

        return structure.ToString();
    }

    private static void AddDrugValues(Dictionary<string, double> values, string key, CheckpointInhibitor drug, Patient patient)
    {
        values[$"MW_{key}"] = drug.MolecularWeightKDa;
        values[$"KD_{key}"] = drug.KdNanomolar;
        if (patient.Species == HostSpecies.Human)
        {
            var pk = drug.Pk!.ForWeight(patient.WeightKg);
            values[$"Vc_{key}"] = pk.CentralVolumeLitres;
            values[$"k10_{key}"] = pk.K10;
            values[$"k12_{key}"] = pk.K12;
            values[$"k21_{key}"] = pk.K21;
        }
        else
        {
            // Kosinsky 2018 Table 1 one-compartment antibody PK (Vd 3 mL for a ≈ 20 g mouse), scaled by weight.
            values[$"Vc_{key}"] = 0.003 * patient.WeightKg / 0.020;
            values[$"ka_{key}"] = 8;
            values[$"kel_{key}"] = 0.15;
        }
    }

    /// <summary>Builds the IR for a species, a lesion layout (id, site or null for the generic form, number of fractions) and drugs (key, drug, number of doses).</summary>
    internal static Model Build(HostSpecies species, ImmutableArray<(string Id, AnatomicSite? Site, int Fractions)> lesions, ImmutableArray<(string Key, CheckpointInhibitor Drug, int Count)> drugs)
    {
        var human = species == HostSpecies.Human;
        var b = new ModelBuilder("abscopal_core")
        {
            Name = "abscopal-core: multi-lesion immunoradiotherapy model",
            Source = "Abscopal project; mechanisms and sources in docs/models/abscopal-core-design.md and SCIENCE.md §1",
            Notes = "A template expanded for each patient's lesions and each plan's numbers of fractions and doses; the generated documentation (docs/models/abscopal-core.md) shows its expansion for the default patient (70 kg woman, TNBC, one 20 mm breast lesion \"breast1\", untreated). Per-lesion symbols carry the lesion id (T_breast1). Design, parameter sets, biomarker relations, mechanism checks and disagreements with papers: docs/models/abscopal-core-design.md.",
            TimeUnits = "day",
        };
        b.AddDayAndCell();

        var sample = CoreParameterSets.For(species == HostSpecies.Human ? DefaultPatient : Patient.Mouse(MurineTumorLine.FourT1, 100));
        foreach (var p in sample)
        {
            b.Add(new Parameter(p.Id) { Value = p.Value, Units = p.Units, Name = p.Description, Source = p.Source });
        }

        void Param(string id, double value, string units, string name, string source) =>
            b.Add(new Parameter(id) { Value = value, Units = units, Name = name, Source = source });
        void State(string id, double initial, string rate, string units, string name, string source) =>
            b.Add(new Parameter(id) { Value = initial, Constant = false, Units = units, Name = name, Source = source + "; initial value from the patient, an initial assignment or 0 before treatment (docs/models/abscopal-core-design.md, initial state)" }).Add(new RateRule(id, Formula.Parse(rate)) { Source = source });
        void Rule(string id, string math, string units, string name, string source) =>
            b.Add(new Parameter(id) { Constant = false, Units = units, Name = name, Source = source }).Add(new AssignmentRule(id, Formula.Parse(math)) { Source = source });
        void Initial(string id, string math) => b.Add(new InitialAssignment(id, Formula.Parse(math)));

        Param("ALC0", 1500, "cells/µL", "Baseline absolute lymphocyte count", "biomarker alc_per_uL, else BiomarkerRelations.DefaultAlc");
        Param("tilsScale", 1, "dimensionless", "Priming capacity relative to a patient with median TILs", "biomarker tils_percent through BiomarkerRelations.PrimingScale");

        // Drugs: PK and occupancy.
        var pdTerms = new List<string>();
        var ctlaTerms = new List<string>();
        foreach (var (key, drug, count) in drugs)
        {
            const string Pk = "patient weight through Abscopal.Pharmacology PopulationPk";
            Param($"MW_{key}", drug.MolecularWeightKDa, "kDa", $"Molar mass of {drug.Name}", drug.KdSource);
            Param($"KD_{key}", drug.KdNanomolar, "nM", $"Affinity of {drug.Name} for its target", drug.KdSource);
            Param($"Vc_{key}", 3, "L", $"Central volume of {drug.Name}", human ? drug.Pk!.Source + "; " + Pk : Kosinsky2018Source + " (Vd), scaled by weight");
            string doseTarget;
            if (human)
            {
                Param($"k10_{key}", 0.06, "1/day", $"Elimination rate CL/Vc of {drug.Name}", drug.Pk!.Source + "; " + Pk);
                Param($"k12_{key}", 0.2, "1/day", $"Central→peripheral rate Q/Vc of {drug.Name}", drug.Pk!.Source + "; " + Pk);
                Param($"k21_{key}", 0.2, "1/day", $"Peripheral→central rate Q/Vp of {drug.Name}", drug.Pk!.Source + "; " + Pk);
                State($"Xc_{key}", 0, $"-(k10_{key} + k12_{key})*Xc_{key} + k21_{key}*Xp_{key}", "mg", $"{drug.Name} in the central compartment", "linear two-compartment PK (Abscopal.Pharmacology.Kinetics)");
                State($"Xp_{key}", 0, $"k12_{key}*Xc_{key} - k21_{key}*Xp_{key}", "mg", $"{drug.Name} in the peripheral compartment", "linear two-compartment PK (Abscopal.Pharmacology.Kinetics)");
                doseTarget = $"Xc_{key}";
            }
            else
            {
                Param($"ka_{key}", 8, "1/day", $"Absorption rate of {drug.Name} from the i.p. depot", Kosinsky2018Source + " (ka)");
                Param($"kel_{key}", 0.15, "1/day", $"Elimination rate of {drug.Name}", Kosinsky2018Source + " (kel of the antibody)");
                State($"Xd_{key}", 0, $"-ka_{key}*Xd_{key}", "mg", $"{drug.Name} at the injection site", Kosinsky2018Source + " (one-compartment PK with absorption)");
                State($"Xc_{key}", 0, $"ka_{key}*Xd_{key} - kel_{key}*Xc_{key}", "mg", $"{drug.Name} in plasma", Kosinsky2018Source + " (one-compartment PK with absorption)");
                doseTarget = $"Xd_{key}";
            }

            Rule($"C_{key}", $"Xc_{key}/Vc_{key}*1000/MW_{key}", "nM", $"Plasma concentration of {drug.Name}", "mg/L × 1000 ÷ kDa = nM");
            Rule($"O_{key}", $"C_{key}/(C_{key} + KD_{key})", "dimensionless", $"Target occupancy of {drug.Name}", "law of mass action, C/(C + KD) (Abscopal.Pharmacology ReceptorOccupancy)");
            (drug.Target == DrugTarget.Ctla4 ? ctlaTerms : pdTerms).Add($"(1 - O_{key})");
            for (var k = 0; k < count; k++)
            {
                Param($"dose_{key}_{k}_day", double.NaN, "day", $"Day of dose {k + 1} of {drug.Name}", "treatment plan");
                Param($"dose_{key}_{k}_mg", double.NaN, "mg", $"Amount of dose {k + 1} of {drug.Name}", "treatment plan (mg, or mg/kg × weight)");
                b.Add(new ModelEvent(new EventTrigger(Formula.AtTime($"dose_{key}_{k}_day")) { InitialValue = false })
                {
                    Id = $"dose_{key}_{k}",
                    UseValuesFromTriggerTime = false,
                    Priority = Expr.Constant(0),
                    Assignments = [new EventAssignment(doseTarget, Formula.Parse($"{doseTarget} + dose_{key}_{k}_mg"))],
                });
            }
        }

        Rule("OPD", pdTerms.Count == 0 ? "0" : "1 - " + string.Join("*", pdTerms), "dimensionless", "Blockade of the PD-1/PD-L1 axis (any anti-PD-1 or anti-PD-L1)", "1 − Π(1 − occupancy), independent drugs");
        Rule("OC", ctlaTerms.Count == 0 ? "0" : "1 - " + string.Join("*", ctlaTerms), "dimensionless", "CTLA-4 blockade", "1 − Π(1 − occupancy)");

        // Per lesion.
        foreach (var (id, site, fractions) in lesions)
        {
            Param($"alpha_{id}", 0.33, "1/Gy", $"LQ α of lesion {id}", "RSI through GARD (Scott 2017), else BiomarkerRelations.DefaultRsi; mice: Kosinsky 2018 α 0.146");
            Param($"Pb_{id}", 0.4, "dimensionless", $"Baseline PD-L1 level of lesion {id}", "PD-L1 CPS through BiomarkerRelations.BaselinePdL1");
            if (site is { } known)
            {
                var physiology = SitePhysiology.Of(known);
                Param($"perf_{id}", physiology.PerfusionMlPerMinPerGram(species), "mL/min/g", $"Blood perfusion of lesion {id} (as its host organ, {known.Id()})", physiology.Source + "; tumour perfused like its host organ (assumed, Poleszczuk 2016)");
                Param($"q_{id}", physiology.CardiacOutputShare, "dimensionless", $"Share of cardiac output of the organ of lesion {id}", physiology.Source);
                Param($"transit_{id}", physiology.TransitSeconds, "s", $"Blood transit time through the organ of lesion {id}", physiology.Source);
            }
            else
            {
                // The generic form (lesions by position) leaves the site to the values bound per patient.
                const string BySite = "SitePhysiology of the lesion's site, bound per patient";
                Param($"perf_{id}", double.NaN, "mL/min/g", $"Blood perfusion of lesion {id} (as its host organ)", BySite + "; tumour perfused like its host organ (assumed, Poleszczuk 2016)");
                Param($"q_{id}", double.NaN, "dimensionless", $"Share of cardiac output of the organ of lesion {id}", BySite);
                Param($"transit_{id}", double.NaN, "s", $"Blood transit time through the organ of lesion {id}", BySite);
            }

            Param($"cov_{id}", 0.05, "dimensionless", $"Share of the organ's blood flow crossing the field of lesion {id}", "field = lesion + 10 mm margin (mice 2 mm), as a share of organ volume (assumed)");
            Param($"g_{id}", double.NaN, "1/day", $"Gross growth rate of lesion {id}", "set so that the untreated lesion grows at first with the doubling time Td (initial assignment)");

            State($"T_{id}", 100, $"g_{id}*T_{id}*(1 - V_{id}/K) - (kill_{id} + d0)*T_{id}", "mm³", $"Viable tumour volume of lesion {id}", "logistic growth (Kosinsky 2018) with immune kill");
            State($"D_{id}", 0, $"-kD*D_{id}", "mm³", $"Lethally damaged volume of lesion {id}", "doomed cells die over days (Kosinsky 2018; Friedrich 2022)");
            State($"I_{id}", 0, $"-I_{id}/tauI", "dimensionless", $"Interferon/danger signal of lesion {id}", "cGAS–STING signal after fractions (Vanpouille-Box 2017)");
            State($"A_{id}", 0, $"kD*D_{id}*(1 + gammaI*I_{id}) + epsA*(kill_{id} + d0)*T_{id} - lambdaA*A_{id}", "mm³", $"Antigen from dying cells of lesion {id}", "RT-killed cells release antigen, amplified by IFN (SCIENCE.md §1)");
            State($"E_{id}", 0, $"kin_{id}*EB - deltaE*(1 + chi*P_{id}*(1 - OPD))*E_{id}", "cells", $"Tumour-specific effector T cells in lesion {id}", "infiltration by blood flow (Poleszczuk 2016), exhaustion by PD-L1");
            State($"P_{id}", 0, $"kP*(Pb_{id} + (1 - Pb_{id})*rho_{id}/(KrhoP + rho_{id}) - P_{id})", "dimensionless", $"PD-L1 level of lesion {id}", "adaptive PD-L1 (Kosinsky 2018; Dovedi 2014)");
            State($"S_{id}", 1, $"kS*((1 + sRT*D_{id}/(V_{id} + Vmin))*(1 - qC*OC) - S_{id})", "dimensionless", $"Suppressive cells of lesion {id}, relative to baseline", "MDSC/Treg recruitment after RT; Treg depletion by anti-CTLA-4 (assumed forms)");

            Rule($"V_{id}", $"T_{id} + D_{id}", "mm³", $"Volume of lesion {id}", "viable plus lethally damaged cells");
            Rule($"rho_{id}", $"E_{id}/(cells*(V_{id} + Vmin))", "dimensionless", $"Effector:tumour-cell ratio in lesion {id}", "de Pillis 2005 ratio-dependent kill");
            Rule($"kill_{id}", $"kE*rho_{id}/(Krho + rho_{id})*(1 - P_{id}*(1 - OPD))/(1 + S_{id})", "1/day", $"Immune kill rate in lesion {id}", "ratio-dependent kill (de Pillis 2005), PD-L1 suppression lifted by blockade (Kosinsky 2018 block term), suppressive cells");
            Rule($"kin_{id}", $"eta*perf_{id}*1440*V_{id}/1000/(Vblood*1000)", "1/day", $"Infiltration rate of blood effectors into lesion {id}", "lesion blood flow ÷ blood volume × extraction (Poleszczuk 2016)");

            // Initial state: the immune pools at their balance with basal antigen release; growth from Td.
            Initial($"A_{id}", $"epsA*d0*T_{id}/lambdaA");
            Initial($"E_{id}", $"kin_{id}*EB/(deltaE*(1 + chi*Pb_{id}))");
            Initial($"P_{id}", $"Pb_{id} + (1 - Pb_{id})*rho_{id}/(KrhoP + rho_{id})");
            Initial($"g_{id}", $"(ln(2)/Td + d0 + kill_{id})/(1 - T_{id}/K)");

            for (var k = 0; k < fractions; k++)
            {
                var day = $"rt_{id}_{k}_day";
                var dose = $"rt_{id}_{k}_dose";
                Param(day, double.NaN, "day", $"Day of fraction {k + 1} to lesion {id}", "treatment plan");
                Param(dose, double.NaN, "Gy", $"Dose of fraction {k + 1} to lesion {id}", "treatment plan");
                var survival = $"exp(-alpha_{id}*{dose} - beta*{dose}^2)";
                var beamOn = $"({dose}/beamrate)";
                var passages = $"(q_{id}*cov_{id}*CO/60*({beamOn} + transit_{id})/Vblood)";
                var perPassage = $"({dose}*transit_{id}/({beamOn} + transit_{id}))";
                var blood = $"exp(-{passages}*(1 - exp(-{perPassage}/D0L)))";
                b.Add(new ModelEvent(new EventTrigger(Formula.AtTime(day)) { InitialValue = false })
                {
                    Id = $"rt_{id}_{k}",
                    UseValuesFromTriggerTime = false,
                    Priority = Expr.Constant(1),
                    Assignments =
                    [
                        new EventAssignment($"D_{id}", Formula.Parse($"D_{id} + T_{id}*(1 - {survival})")) { Source = "LQ kill (SCIENCE.md §2)" },
                        new EventAssignment($"T_{id}", Formula.Parse($"T_{id}*{survival}")) { Source = "LQ survival exp(−αd − βd²)" },
                        new EventAssignment($"E_{id}", Formula.Parse($"E_{id}*exp(-{dose}/D0L)")) { Source = "in-field lymphocyte kill, exponential with D0" },
                        new EventAssignment($"I_{id}", Formula.Parse($"I_{id} + ({dose}/dref)/(1 + exp(({dose} - dT)/wT))")) { Source = "cGAS–STING signal collapsing above the Trex1 threshold (Vanpouille-Box 2017)" },
                        new EventAssignment("ALC", Formula.Parse($"ALC*{blood}")) { Source = "dose to circulating blood (Abscopal.Radiobiology CirculatingLymphocytes; Yovino 2013, HEDOS)" },
                        new EventAssignment("EB", Formula.Parse($"EB*{blood}")) { Source = "circulating effectors share the blood dose" },
                    ],
                });
            }
        }

        var names = lesions.Select(l => l.Id).ToArray();
        string Sum(string prefix) => names.Length == 0 ? "0" : string.Join(" + ", names.Select(n => prefix + n));
        Rule("W", Sum("A_"), "mm³", "Antigen reaching the draining nodes from all lesions", "SCIENCE.md §1 (in-situ vaccine)");
        State("ELN", 0, "tilsScale*kp*W/(KA + W)*(ALC/ALC0)*(1 + theta*OC) - kx*ELN", "cells", "Primed tumour-specific effectors in draining nodes", "priming by antigen, weakened by lymphopenia, amplified by anti-CTLA-4 (SCIENCE.md §1)");
        State("EB", 0, $"kx*ELN - ({Sum("kin_")})*EB - deltaB*EB", "cells", "Tumour-specific effectors in blood", "trafficking to lesions by blood flow (Poleszczuk 2016)");
        State("ALC", 1500, "kr*(ALC0 - ALC)", "cells/µL", "Absolute lymphocyte count", "recovery towards baseline after RT depletion (assumed first order)");
        Initial("ALC", "ALC0");
        Initial("ELN", "tilsScale*kp*W/(KA + W)/kx");
        Initial("EB", $"kx*ELN/({Sum("kin_")} + deltaB)");
        return b.Build();
    }

    private const string Kosinsky2018Source = "Kosinsky 2018 J Immunother Cancer 6:17, Table 1";
}
