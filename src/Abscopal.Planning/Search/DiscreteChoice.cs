using System.Collections.Immutable;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Constraints;

namespace Abscopal.Planning.Search;

/// <summary>One discrete clinical choice and its feasible dose-per-fraction range.</summary>
/// <param name="Regimen">The drug regimen.</param>
/// <param name="Targets">Irradiated lesion ids, in the patient's order.</param>
/// <param name="Fractions">Number of fractions.</param>
/// <param name="DrugStartDaysRelativeToRt">Days from the first fraction to the first drug dose.</param>
/// <param name="MinDoseGy">Smallest dose per fraction, in Gy.</param>
/// <param name="MaxDoseGy">Largest dose per fraction within the problem's range and every normal-tissue limit, in Gy.</param>
/// <param name="Limits">The normal-tissue limit of each target.</param>
public sealed record DiscreteChoice(NamedDrugRegimen Regimen, ImmutableArray<string> Targets, int Fractions, double DrugStartDaysRelativeToRt, double MinDoseGy, double MaxDoseGy, ImmutableArray<DoseLimit> Limits);
