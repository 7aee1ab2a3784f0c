using System.Collections.ObjectModel;

namespace Abscopal.Radiobiology.Constraints;

/// <summary>
/// Normal-tissue dose constraints and α/β values per organ, for SBRT (1, 3, 5 fractions), the breast hypofractionation
/// schedules (15 and 5 fractions) and conventional 1.8–2 Gy courses, each with its published source. Values marked
/// "[check]" were recalled, not read in the source (see docs/radiobiology.md): confirm before clinical-grade use.
/// </summary>
public static class NormalTissueConstraints
{
    private const string Tg101 = "Benedict et al. 2010, AAPM TG-101, Med Phys 37:4078, Table III (Dmax ≤ 0.035 cc)";
    private const string Quantec = "Marks et al. 2010, QUANTEC, Int J Radiat Oncol Biol Phys 76(3 Suppl):S10, Table 1 (1.8–2 Gy fractions)";
    private const string FastForward = "Brunt et al. 2020, FAST-Forward, Lancet 395:1613, planning constraints (26 Gy/5)";
    private const string StartB = "UK 40 Gy/15 whole-breast planning constraints (START-B, Haviland 2013 Lancet Oncol 14:1086; IMPORT/FAST-Forward protocols)";

    // Secondary quotes seen while checking: Radiat Oncol 2011;6:146 Table 1 (TG-101-style 1-fraction limits: cord 14, skin 26,
    // stomach 12.4, duodenum 12.4 Gy) and BMC Cancer 2016;16:98 (s12885-016-2227-z) Table 2 (oesophagus 15.4 Gy in 1 fraction).
    private const string SeenQuoted = " [check: TG-101 not read; same 1-fraction value quoted in Radiat Oncol 2011;6:146 Table 1]";
    private const string Recalled = " [check: recalled, source not read]";

    private static readonly OrganConstraint[] s_constraints =
    [
        Sbrt("spinal-cord", 1, 14, "myelitis", Tg101 + SeenQuoted),
        Sbrt("spinal-cord", 3, 21.9, "myelitis", Tg101 + Recalled),
        Sbrt("spinal-cord", 5, 30, "myelitis", Tg101 + Recalled),
        Sbrt("esophagus", 1, 15.4, "stenosis/fistula", Tg101 + " [check: TG-101 not read; 15.4 Gy in 1 fraction quoted in BMC Cancer 2016;16:98 Table 2]"),
        Sbrt("esophagus", 3, 25.2, "stenosis/fistula", Tg101 + Recalled),
        Sbrt("esophagus", 5, 35, "stenosis/fistula", Tg101 + Recalled),
        Sbrt("brachial-plexus", 1, 17.5, "neuropathy", Tg101 + Recalled),
        Sbrt("brachial-plexus", 3, 24, "neuropathy", Tg101 + Recalled),
        Sbrt("brachial-plexus", 5, 32, "neuropathy", Tg101 + Recalled),
        Sbrt("heart", 1, 22, "pericarditis", Tg101 + Recalled),
        Sbrt("heart", 3, 30, "pericarditis", Tg101 + Recalled),
        Sbrt("heart", 5, 38, "pericarditis", Tg101 + Recalled),
        Sbrt("great-vessels", 1, 37, "aneurysm", Tg101 + Recalled),
        Sbrt("great-vessels", 3, 45, "aneurysm", Tg101 + Recalled),
        Sbrt("great-vessels", 5, 53, "aneurysm", Tg101 + Recalled),
        Sbrt("trachea", 1, 20.2, "stenosis/fistula", Tg101 + Recalled),
        Sbrt("trachea", 3, 30, "stenosis/fistula", Tg101 + Recalled),
        Sbrt("trachea", 5, 40, "stenosis/fistula", Tg101 + Recalled),
        Sbrt("skin", 1, 26, "ulceration", Tg101 + SeenQuoted),
        Sbrt("skin", 3, 33, "ulceration", Tg101 + Recalled),
        Sbrt("skin", 5, 39.5, "ulceration", Tg101 + Recalled),
        Sbrt("stomach", 1, 12.4, "ulceration/fistula", Tg101 + SeenQuoted),
        Sbrt("stomach", 3, 22.2, "ulceration/fistula", Tg101 + Recalled),
        Sbrt("stomach", 5, 32, "ulceration/fistula", Tg101 + Recalled),
        Sbrt("duodenum", 1, 12.4, "ulceration", Tg101 + SeenQuoted),
        Sbrt("duodenum", 3, 22.2, "ulceration", Tg101 + Recalled),
        Sbrt("duodenum", 5, 32, "ulceration", Tg101 + Recalled),

        new("spinal-cord", 20, 40, "Dmax", 50, ConstraintUnit.Gy, "myelopathy 0.2%", Quantec + Recalled),
        new("lung", 20, 40, "V20Gy", 30, ConstraintUnit.PercentVolume, "symptomatic pneumonitis < 20%", Quantec + Recalled),
        new("lung", 20, 40, "Dmean", 20, ConstraintUnit.Gy, "symptomatic pneumonitis < 20%", Quantec + Recalled),
        new("heart", 20, 40, "V25Gy", 10, ConstraintUnit.PercentVolume, "long-term cardiac mortality < 1%", Quantec + Recalled),
        new("heart", 20, 40, "Dmean (pericardium)", 26, ConstraintUnit.Gy, "pericarditis < 15%", Quantec + Recalled),
        new("esophagus", 20, 40, "Dmean", 34, ConstraintUnit.Gy, "grade ≥ 3 acute esophagitis 5–20%", Quantec + Recalled),
        new("liver", 20, 40, "Dmean (normal liver)", 30, ConstraintUnit.Gy, "radiation-induced liver disease < 5%", Quantec + Recalled),

        new("heart", 15, 15, "V2Gy", 30, ConstraintUnit.PercentVolume, "late cardiac toxicity", StartB + Recalled),
        new("heart", 15, 15, "V10Gy", 5, ConstraintUnit.PercentVolume, "late cardiac toxicity", StartB + Recalled),
        new("ipsilateral-lung", 15, 15, "V12Gy", 15, ConstraintUnit.PercentVolume, "pneumonitis, lung fibrosis", StartB + Recalled),
        new("heart", 5, 5, "V1.5Gy", 30, ConstraintUnit.PercentVolume, "late cardiac toxicity", FastForward + Recalled),
        new("heart", 5, 5, "V7Gy", 5, ConstraintUnit.PercentVolume, "late cardiac toxicity", FastForward + Recalled),
        new("ipsilateral-lung", 5, 5, "V8Gy", 15, ConstraintUnit.PercentVolume, "pneumonitis, lung fibrosis", FastForward + Recalled),
    ];

    private static readonly AlphaBetaRatio[] s_alphaBeta =
    [
        new("breast-tumour", 3.5, "Haviland et al. 2013, START pooled 10-year analysis, Lancet Oncol 14:1086 (local-regional relapse, 95% CI 1.2–5.7 Gy) [check: recalled via SCIENCE.md §2]"),
        new("early-responding", 10, "Fowler 1989, Br J Radiol 62:679 (conventional value for tumours and acute effects) [check: recalled]"),
        new("late-responding", 3, "Fowler 1989, Br J Radiol 62:679 (conventional value for late effects) [check: recalled]"),
        new("spinal-cord", 2, "Kirkpatrick et al. 2010, QUANTEC spinal cord, Int J Radiat Oncol Biol Phys 76:S42 [check: recalled]"),
        new("brachial-plexus", 2, "assumed equal to spinal cord (late-responding nerve) [check]"),
        new("lung", 3, "Marks et al. 2010, QUANTEC lung, Int J Radiat Oncol Biol Phys 76:S70 [check: recalled]"),
        new("ipsilateral-lung", 3, "Marks et al. 2010, QUANTEC lung, Int J Radiat Oncol Biol Phys 76:S70 [check: recalled]"),
        new("heart", 3, "late-responding default (Fowler 1989) [check]"),
        new("esophagus", 3, "late-responding default (Fowler 1989) [check]"),
        new("great-vessels", 3, "late-responding default (Fowler 1989) [check]"),
        new("trachea", 3, "late-responding default (Fowler 1989) [check]"),
        new("skin", 3, "late-responding default (Fowler 1989) [check]"),
        new("stomach", 3, "late-responding default (Fowler 1989) [check]"),
        new("duodenum", 3, "late-responding default (Fowler 1989) [check]"),
        new("liver", 3, "late-responding default (Fowler 1989) [check]"),
    ];

    /// <summary>Every constraint in the table.</summary>
    public static ReadOnlyCollection<OrganConstraint> All { get; } = Array.AsReadOnly(s_constraints);

    /// <summary>α/β values by tissue.</summary>
    public static ReadOnlyCollection<AlphaBetaRatio> AlphaBetaRatios { get; } = Array.AsReadOnly(s_alphaBeta);

    /// <summary>The organ keys that have constraints, sorted.</summary>
    public static ReadOnlyCollection<string> Organs { get; } =
        Array.AsReadOnly(s_constraints.Select(c => c.Organ).Distinct().Order(StringComparer.Ordinal).ToArray());

    /// <summary>Whether <paramref name="organ"/> (case-insensitive, '_' or ' ' for '-') is in the table.</summary>
    public static bool IsKnownOrgan(string organ) => Organs.Contains(Normalize(organ));

    /// <summary>The table's key for <paramref name="organ"/> (e.g. "Spinal Cord" → "spinal-cord"), or null when unknown.</summary>
    public static string? CanonicalOrgan(string organ) => IsKnownOrgan(organ) ? Normalize(organ) : null;

    /// <summary>The constraints for <paramref name="organ"/> that apply to <paramref name="fractions"/> fractions (empty when none is published).</summary>
    /// <param name="organ">Organ key (see <see cref="Organs"/>).</param>
    /// <param name="fractions">Number of fractions; ≥ 1.</param>
    public static IReadOnlyList<OrganConstraint> For(string organ, int fractions)
    {
        Require.AtLeast(fractions, 1, nameof(fractions));
        string key = Normalize(organ);
        return s_constraints.Where(c => c.Organ == key && c.AppliesTo(fractions)).ToArray();
    }

    /// <summary>The fraction numbers (or ranges) for which <paramref name="organ"/> has constraints, as "1", "3", "20–40".</summary>
    public static IReadOnlyList<string> FractionRangesFor(string organ)
    {
        string key = Normalize(organ);
        return s_constraints.Where(c => c.Organ == key)
            .Select(c => c.MinFractions == c.MaxFractions
                ? c.MinFractions.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.MinFractions}–{c.MaxFractions}"))
            .Distinct().ToArray();
    }

    /// <summary>The α/β entry for <paramref name="tissue"/>, or null.</summary>
    public static AlphaBetaRatio? AlphaBetaFor(string tissue)
    {
        string key = Normalize(tissue);
        return s_alphaBeta.FirstOrDefault(a => a.Tissue == key);
    }

    /// <summary>Tests planned values against every constraint of <paramref name="organ"/> for a course of <paramref name="fractions"/> fractions.</summary>
    /// <param name="organ">Organ key.</param>
    /// <param name="fractions">Number of fractions of the planned course; ≥ 1.</param>
    /// <param name="plannedValues">Planned value by metric (e.g. "Dmax" → 18.2 Gy, "V20Gy" → 24 %); metrics not given are skipped.</param>
    public static IReadOnlyList<ConstraintCheck> Check(string organ, int fractions, IReadOnlyDictionary<string, double> plannedValues)
    {
        ArgumentNullException.ThrowIfNull(plannedValues);
        var checks = new List<ConstraintCheck>();
        foreach (var constraint in For(organ, fractions))
        {
            if (plannedValues.TryGetValue(constraint.Metric, out double value)
                || plannedValues.TryGetValue(BaseMetric(constraint.Metric), out value))
            {
                checks.Add(constraint.Check(value));
            }
        }

        return checks;
    }

    /// <summary>The metric without its parenthesised qualifier: "Dmax (0.035 cc)" → "Dmax".</summary>
    public static string BaseMetric(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        int paren = metric.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? metric.Trim() : metric[..paren].Trim();
    }

    private static string Normalize(string organ)
    {
        ArgumentNullException.ThrowIfNull(organ);
        return organ.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-').Replace("oesophagus", "esophagus", StringComparison.Ordinal);
    }

    private static OrganConstraint Sbrt(string organ, int fractions, double dmaxGy, string endpoint, string source) =>
        new(organ, fractions, fractions, "Dmax (0.035 cc)", dmaxGy, ConstraintUnit.Gy, endpoint, source);
}
