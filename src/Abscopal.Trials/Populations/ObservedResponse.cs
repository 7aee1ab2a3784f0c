using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>An observed response count of a trial cohort or preclinical group, with its source: the data a population is calibrated to or checked against.</summary>
/// <param name="Cohort">Trial and cohort, in words (e.g. "KEYNOTE-086 cohort A").</param>
/// <param name="Responders">Patients with a confirmed objective response (or animals meeting the paper's responder definition, e.g. tumour-free).</param>
/// <param name="Patients">Patients (animals) treated and evaluated for response.</param>
/// <param name="Source">Paper and table/figure.</param>
public sealed record ObservedResponse(string Cohort, int Responders, int Patients, string Source)
{
    /// <summary>KEYNOTE-086 cohort A: pembrolizumab 200 mg q3w, pre-treated metastatic TNBC, any PD-L1: 9/170 (ORR 5.3%).</summary>
    public static ObservedResponse Keynote086CohortA { get; } = new("KEYNOTE-086 cohort A (pre-treated mTNBC, any PD-L1)", 9, 170,
        "Adams et al. 2019 Ann Oncol 30:397 (ORR 5.3%, n = 170; 9 responders = 5.3% × 170), via ../shared/SCIENCE.md §5");

    /// <summary>KEYNOTE-086 cohort B: pembrolizumab 200 mg q3w, first-line PD-L1+ metastatic TNBC: 18/84 (ORR 21.4%).</summary>
    public static ObservedResponse Keynote086CohortB { get; } = new("KEYNOTE-086 cohort B (first-line mTNBC, PD-L1+)", 18, 84,
        "Adams et al. 2019 Ann Oncol 30:405 (ORR 21.4%, n = 84; 18 responders = 21.4% × 84), via ../shared/SCIENCE.md §5");

    /// <summary>KEYNOTE-028: pembrolizumab 10 mg/kg q2w, ER+/HER2− PD-L1+ advanced breast cancer: 3/25 (ORR 12.0%, 95% CI 2.5–31.2).</summary>
    public static ObservedResponse Keynote028HrPositive { get; } = new("KEYNOTE-028 (ER+/HER2− advanced breast cancer, PD-L1+)", 3, 25,
        "Rugo et al. 2018 Clin Cancer Res 24:2804 (ORR 12.0%, 95% CI 2.5–31.2, n = 25), via ../shared/SCIENCE.md §3b");

    /// <summary>Ho et al. 2020: pembrolizumab 200 mg q3w from within 3 days of 30 Gy in 5 daily fractions to one lesion, pre-treated metastatic TNBC unselected for PD-L1: response of the unirradiated lesions (RECIST 1.1) at week 13, 3/17 (17.6%, 95% CI 4.7–44.2).</summary>
    public static ObservedResponse Ho2020PembrolizumabRt { get; } = new("Ho 2020 phase 2 (pre-treated mTNBC, pembrolizumab + 30 Gy/5; unirradiated lesions at week 13)", 3, 17,
        "Ho et al. 2020 Cancer 126:850 (abstract: ORR 17.6%, 3 of 17, 95% CI 4.7%–44.2%, 3 CRs; 8 patients died before week 13)");

    /// <summary>
    /// Vanpouille-Box et al. 2017: BALB/c mice with two flank TSA tumours, RT 8 Gy × 3 to one (the irradiated tumour carried a
    /// non-silencing shRNA, mice on tetracycline) with anti-CTLA-4: 3 of 7 mice tumour-free (every tumour regressed) at the end of follow-up.
    /// </summary>
    public static ObservedResponse VanpouilleBox2017RtAntiCtla4 { get; } = new("Vanpouille-Box 2017 TSA, RT 8 Gy × 3 + anti-CTLA-4 (tumour-free mice)", 3, 7,
        "Vanpouille-Box et al. 2017 Nat Commun 8:15618, Fig 2d,f (TSAshNS irradiated tumours, 8GyX3 + anti-CTLA4: 3/7 mice tumour-free, n = 7 per group), via ../shared/SCIENCE.md §5");

    /// <summary>The observed objective response rate with its Clopper–Pearson 95% interval.</summary>
    public ProportionEstimate Rate => BinomialProportion.ClopperPearson(Responders, Patients);
}
