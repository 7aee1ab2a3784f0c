namespace Abscopal.Pharmacology.Plans;

/// <summary>One event of an expanded treatment plan.</summary>
/// <param name="Day">Time, in days from the plan's day 0 (a Monday).</param>
/// <param name="Kind">Radiation fraction or drug dose.</param>
/// <param name="Subject">The irradiated lesion (radiation) or the drug name (drug).</param>
/// <param name="Amount">Dose: Gy for a fraction, mg for a drug.</param>
/// <param name="DurationDays">Infusion duration, in days (0 for fractions and boluses).</param>
public readonly record struct TreatmentEvent(double Day, TreatmentEventKind Kind, string Subject, double Amount, double DurationDays);
