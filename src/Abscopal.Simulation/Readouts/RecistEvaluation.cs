using System.Collections.ObjectModel;

namespace Abscopal.Simulation.Readouts;

/// <summary>The RECIST 1.1 read-out of a set of target lesions: per-assessment sums and responses, best overall response, progression.</summary>
/// <param name="TimesDays">Assessment times, in days; the first is the baseline.</param>
/// <param name="SumsMm">Sum of the recorded diameters at each assessment, in mm.</param>
/// <param name="NadirsMm">Smallest sum before each assessment (baseline included), the reference for progression, in mm.</param>
/// <param name="Responses">Time-point response at each assessment (<see cref="RecistResponse.NotEvaluable"/> at baseline).</param>
/// <param name="BestOverallResponse">Best response from baseline until progression (RECIST 1.1 §4.4).</param>
/// <param name="TimeToProgressionDays">Days from baseline to the first assessment showing progression, or null when none did.</param>
/// <param name="FollowUpDays">Days from baseline to the last assessment (the censoring time when there is no progression).</param>
/// <param name="Lesions">Per-lesion responses, in the order given.</param>
public sealed record RecistEvaluation(
    ReadOnlyCollection<double> TimesDays,
    ReadOnlyCollection<double> SumsMm,
    ReadOnlyCollection<double> NadirsMm,
    ReadOnlyCollection<RecistResponse> Responses,
    RecistResponse BestOverallResponse,
    double? TimeToProgressionDays,
    double FollowUpDays,
    ReadOnlyCollection<LesionResponse> Lesions)
{
    /// <summary>Relative change of the sum from baseline at each assessment (−0.3 = −30%), dimensionless.</summary>
    public IReadOnlyList<double> ChangeFromBaseline => SumsMm.Select(s => (s - SumsMm[0]) / SumsMm[0]).ToArray();
}
