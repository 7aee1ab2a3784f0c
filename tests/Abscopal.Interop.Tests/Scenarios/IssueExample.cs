namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>The scenario example of issue 5, verbatim.</summary>
internal static class IssueExample
{
    public const string Text = """
        model: abscopal-core          # id from `abscopal models list`, or a path to a .ant/.xml model
        parameters: { kLN: 300 }      # optional overrides by parameter id
        initial: { TV: 15 }           # optional initial values by state id (single-tumour models)
        patient:                      # for multi-lesion models
          species: human              # or mouse (then tumor_model: TSA | 4T1 | TUBO)
          subtype: TNBC
          weight_kg: 70
          biomarkers: { pdl1_cps: 10, tils_percent: 20, rsi: 0.35, alc_per_uL: 1500 }
          lesions:
            - { id: liver1, site: liver, diameter_mm: 30 }   # or volume_mm3
        treatment:
          radiotherapy:
            - { target: liver1, dose_per_fraction_gy: 8, fractions: 3, start_day: 0, interval_days: 1 }
            - { target: lung1, dose_per_fraction_gy: 3, fractions: 10, start_day: 14, skip_weekends: true }
          drugs:
            - { drug: pembrolizumab, dose_mg: 200, every_days: 21, start_day: 0, cycles: 6 }
            - { drug: anti-CTLA-4, dose_mg_per_kg: 10, days: [2, 5, 8] }   # explicit days also allowed
        simulation: { days: 180, output_every_days: 1, rtol: 1.0e-6, atol: 1.0e-9 }
        """;
}
