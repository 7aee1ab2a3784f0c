using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Modeling;
using Abscopal.Models.Internal;
using Abscopal.Models.Library.Published;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Models.Kosinsky;

/// <summary>
/// Kosinsky et al. 2018 (J Immunother Cancer 6:17, doi:10.1186/s40425-017-0308-0): CT26 tumour growth under fractionated
/// radiotherapy and anti-PD-L1, with the paper's equations and Table 1 values; state ids as in BioModels BIOMD0000000863.
/// </summary>
/// <remarks>
/// Radiation is the dose rate R(t): each fraction is a pulse of <c>doserate</c> Gy/day (0.8 Gy/min, the experiments' rate)
/// lasting dose/doserate days, switched on and off by two events; DNA damage is repaired at U/τ (the curated SBML writes
/// τ·U, see SCIENCE.md §3). Anti-PD-L1 follows one-compartment PK with first-order absorption from mg/kg injections
/// converted to nmol by the antibody's molar mass. Fraction and injection times and doses are parameters
/// (<c>rt{k}_day</c>, <c>rt{k}_dose</c>, <c>mab{k}_day</c>, <c>mab{k}_nmol</c>), so one compiled structure serves every plan
/// with the same numbers of fractions and injections.
/// </remarks>
internal sealed class Kosinsky2018Model : BuiltinModel
{
    private const string Table1 = "Kosinsky 2018 J Immunother Cancer 6:17, Table 1";

    /// <summary>Mouse weight assumed when no patient is given, in kg (the paper gives none; SCIENCE.md §3).</summary>
    public const double DefaultMouseWeightKg = 0.020;

    /// <summary>Tumour volume at inoculation, in µL (Kosinsky 2018 Methods; SCIENCE.md §3).</summary>
    public const double InoculatedVolume = 15;

    /// <summary>Catalog title.</summary>
    public const string Title = "Kosinsky 2018: CT26 tumour under fractionated radiotherapy and anti-PD-L1 in mice (single tumour)";

    /// <summary>Catalog citation.</summary>
    public const string Citation = "Kosinsky Y, Dovedi SJ, Peskov K, Voronova V, Chu L, Tomkinson H, Al-Huniti N, Stanski DR, Helmlinger G. Radiation and PD-(L)1 treatment combinations: immune response and dose optimization via a predictive systems model. J Immunother Cancer 2018;6:17. doi:10.1186/s40425-017-0308-0 (BioModels BIOMD0000000863)";

    public override string Id => "kosinsky2018";

    public override string Description => "Kosinsky et al. 2018 (J Immunother Cancer 6:17): CT26 tumour, fractionated RT and anti-PD-L1 in mice; single tumour";

    public override ModelSetup Prepare(Patient? patient, TreatmentPlan? plan)
    {
        var lesion = patient is null ? null : patient.Lesions.Length == 1
            ? patient.Lesions[0]
            : throw new ArgumentException($"lesions: kosinsky2018 is a single-tumour model; the patient has {patient.Lesions.Length} lesions.", nameof(patient));
        var lesionId = lesion?.Id ?? "tumor";
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        values["TV"] = lesion?.VolumeMm3 ?? InoculatedVolume;
        var fractions = new List<(double Day, double Dose)>();
        var injections = new List<(double Day, double Nmol)>();
        if (plan is not null)
        {
            foreach (var e in plan.Events())
            {
                if (e.Kind == TreatmentEventKind.RadiationFraction)
                {
                    if (!string.Equals(e.Subject, lesionId, StringComparison.Ordinal) && !string.Equals(e.Subject, "tumor", StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"radiotherapy target '{e.Subject}' is not a lesion; allowed: {lesionId}.", nameof(plan));
                    }

                    fractions.Add((e.Day, e.Amount));
                }
                else
                {
                    var drug = DrugLibrary.Find(e.Subject)
                        ?? throw new ArgumentException($"drug '{e.Subject}' is not known; allowed: {string.Join(", ", DrugLibrary.All.Select(d => d.Name))}.", nameof(plan));
                    if (drug.Target != DrugTarget.PdL1)
                    {
                        throw new ArgumentException($"drug '{e.Subject}' blocks {drug.Target}; kosinsky2018 models anti-PD-L1 only (e.g. {DrugLibrary.MurineAntiPdL1.Name}).", nameof(plan));
                    }

                    // mg → nmol: mg·10⁶ ng/mg ÷ (MW kDa·10³ g/mol) = mg·10³/MW.
                    injections.Add((e.Day, e.Amount * 1000 / drug.MolecularWeightKDa));
                }
            }
        }

        const double doseRate = 1152;
        for (var k = 0; k < fractions.Count; k++)
        {
            values[$"rt{k}_day"] = fractions[k].Day;
            values[$"rt{k}_dose"] = fractions[k].Dose;
            if (k > 0 && fractions[k - 1].Day + (fractions[k - 1].Dose / doseRate) >= fractions[k].Day)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"radiotherapy: the fraction at day {fractions[k].Day} starts before the previous one ends (each lasts dose/0.8 Gy/min)."), nameof(plan));
            }
        }

        for (var k = 0; k < injections.Count; k++)
        {
            values[$"mab{k}_day"] = injections[k].Day;
            values[$"mab{k}_nmol"] = injections[k].Nmol;
        }

        var nFractions = fractions.Count;
        var nInjections = injections.Count;
        var lesions = ImmutableArray.Create(new LesionOutput(lesionId, lesion?.Site ?? AnatomicSite.Flank, nFractions > 0, "TV"));
        return new ModelSetup(
            string.Create(CultureInfo.InvariantCulture, $"{Id}|rt={nFractions}|mab={nInjections}"),
            () => Build(nFractions, nInjections),
            values,
            lesions,
            lymphocyteSymbol: null);
    }

    /// <summary>The IR with <paramref name="fractions"/> radiation pulses and <paramref name="injections"/> antibody injections.</summary>
    internal static Model Build(int fractions, int injections)
    {
        var b = new ModelBuilder("kosinsky2018")
        {
            Name = "Kosinsky 2018 tumour–immune model with radiotherapy and anti-PD-L1",
            Source = "Kosinsky Y, Dovedi SJ, Peskov K, et al. J Immunother Cancer 2018;6:17 (doi:10.1186/s40425-017-0308-0); BIOMD0000000863",
            TimeUnits = "day",
        };
        b.AddDayAndCell();

        void Rate(string id, string rate, string units, string name) =>
            b.Add(new Parameter(id) { Value = id == "TV" ? InoculatedVolume : 0, Constant = false, Units = units, Name = name, Source = Table1 + " (equations)" })
             .Add(new RateRule(id, Formula.Parse(rate)) { Source = "Kosinsky 2018, Methods (model equations)" });

        Rate("TV", "r*TV*(1 - TV/TVmax) - kill - (e*dTeff + d0)*TV", "µL", "Viable tumour volume");
        Rate("U", "delta*R - U/tau", "breaks/cell", "DNA double-strand-break signal");
        Rate("nTeff", "influx + block*supp*(kpro - kdif)*nTeff - kel*nTeff", "cells", "Non-differentiated effector T cells");
        Rate("dTeff", "block*supp*kdif*nTeff - kapo*dTeff", "cells", "Differentiated effector T cells");
        Rate("PDL1", "kpdl*(dTeff/(Kpdl + dTeff) - PDL1)", "dimensionless", "PD-L1 level (0..1)");
        Rate("TVd", "kill - mu*TVd", "µL", "Lethally damaged tumour volume");
        Rate("Adepot", "-ka*Adepot", "nmol", "Anti-PD-L1 at the injection site");
        Rate("Acent", "ka*Adepot - kelmAb*Acent", "nmol", "Anti-PD-L1 in plasma");

        void Rule(string id, string math, string units, string name) =>
            b.Add(new Parameter(id) { Constant = false, Units = units, Name = name, Source = "Kosinsky 2018, Methods (model equations)" })
             .Add(new AssignmentRule(id, Formula.Parse(math)) { Source = "Kosinsky 2018, Methods (model equations)" });

        Rule("A", "Acent/Vd", "nM", "Anti-PD-L1 plasma concentration");
        Rule("D", "mu*TVd/(TV + TVd) + e*dTeff + d0", "1/day", "Tumour-cell death rate");
        Rule("M", "D^2/(D^2 + Ktcd^2)", "dimensionless", "Mature dendritic cells");
        Rule("W", "M*(TV + TVd)", "µL", "Systemic antigen");
        Rule("influx", "kLN*W/(W + SL)", "cells/day", "T-cell influx from the lymph node");
        Rule("supp", "1 - W/(W + SR)", "dimensionless", "Tumour-mediated suppression");
        Rule("block", "1 - PDL1/(1 + A/KD)", "dimensionless", "PD-L1 blockade of T-cell expansion");
        Rule("kill", "TV*(alpha*R + 0.2*alpha/(tau*delta^2)*U^2)", "µL/day", "Radiation kill (linear and quadratic)");

        void P(string id, double value, string units, string name, string source = Table1) =>
            b.Add(new Parameter(id) { Value = value, Units = units, Name = name, Source = source });

        P("r", 0.4, "1/day", "Tumour growth rate");
        P("TVmax", 2500, "µL", "Maximal tumour volume");
        P("d0", 0.01, "1/day", "Basal tumour-cell death rate");
        P("kLN", 279, "cells/day", "Maximal T-cell influx from the lymph node");
        P("SL", 8.89, "µL", "Antigen at half-maximal influx (typical value; between-animal ω 0.696)");
        P("kpro", 3, "1/day", "T-cell proliferation rate");
        P("kdif", 3.2, "1/day", "T-cell differentiation rate");
        P("kel", 0.2, "1/day", "T-cell elimination rate");
        P("kapo", 2, "1/day", "Differentiated effector apoptosis rate");
        P("e", 0.001, "1/(cell·day)", "Tumour kill per effector T cell");
        P("Kpdl", 478, "cells", "Effectors at half-maximal PD-L1 induction");
        P("kpdl", 1, "1/day", "PD-L1 turnover rate");
        P("Ktcd", 0.2, "1/day", "Death rate at half-maximal DC maturation");
        P("SR", 30.5, "µL", "Antigen at half-maximal suppression");
        P("alpha", 0.146, "1/Gy", "Linear radiosensitivity");
        P("delta", 19, "breaks/(cell·Gy)", "Double-strand breaks per Gy");
        P("tau", 0.02, "day", "DNA repair time");
        P("mu", 0.1725, "1/day", "Clearance rate of damaged cells");
        P("KD", 30, "nM", "Anti-PD-L1 dissociation constant");
        P("ka", 8, "1/day", "Antibody absorption rate");
        P("kelmAb", 0.15, "1/day", "Antibody elimination rate");
        P("Vd", 0.003, "L", "Antibody volume of distribution");
        P("doserate", 1152, "Gy/day", "Dose rate during a fraction (0.8 Gy/min)", "Kosinsky 2018 Methods / Dovedi 2014: 0.8 Gy/min = 1152 Gy/day");
        b.Add(new Parameter("R") { Value = 0, Constant = false, Units = "Gy/day", Name = "Radiation dose rate", Source = "Kosinsky 2018 Methods: R(t) is a dose-rate pulse per fraction" });

        for (var k = 0; k < fractions; k++)
        {
            P($"rt{k}_day", double.NaN, "day", $"Start of fraction {k + 1}", "treatment plan");
            P($"rt{k}_dose", double.NaN, "Gy", $"Dose of fraction {k + 1}", "treatment plan");
            b.Add(new ModelEvent(new EventTrigger(Formula.AtTime($"rt{k}_day")) { InitialValue = false })
            {
                Id = $"rt{k}_on",
                Assignments = [new EventAssignment("R", Modeling.Expressions.Expr.Symbol("doserate"))],
            });
            b.Add(new ModelEvent(new EventTrigger(Formula.AtTime(Formula.Parse($"rt{k}_day + rt{k}_dose/doserate"))) { InitialValue = false })
            {
                Id = $"rt{k}_off",
                Assignments = [new EventAssignment("R", Modeling.Expressions.Expr.Zero)],
            });
        }

        for (var k = 0; k < injections; k++)
        {
            P($"mab{k}_day", double.NaN, "day", $"Day of injection {k + 1}", "treatment plan");
            P($"mab{k}_nmol", double.NaN, "nmol", $"Amount of injection {k + 1}", "treatment plan: mg/kg × weight, ÷ molar mass (150 kDa assumed for a rat IgG)");
            b.Add(new ModelEvent(new EventTrigger(Formula.AtTime($"mab{k}_day")) { InitialValue = false })
            {
                Id = $"mab{k}",
                Assignments = [new EventAssignment("Adepot", Formula.Parse($"Adepot + mab{k}_nmol"))],
            });
        }

        return b.Build();
    }
}
