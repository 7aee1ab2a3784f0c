using System.Collections.ObjectModel;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Endpoints;

/// <summary>The end points of one arm.</summary>
/// <param name="Name">Arm name.</param>
/// <param name="Patients">Patients simulated (solver failures excluded).</param>
/// <param name="Orr">Confirmed objective response rate (RECIST 1.1, all target lesions), Wilson 95% interval.</param>
/// <param name="AbscopalOrr">Objective response rate of the non-irradiated lesions among patients who have them, Wilson 95% interval.</param>
/// <param name="Dcr">Disease control rate (CR + PR + SD), Wilson 95% interval.</param>
/// <param name="Pfs">Kaplan–Meier curve of progression-free survival (days), Greenwood SE and log-log limits.</param>
/// <param name="PfsMedian">Median PFS with its Brookmeyer–Crowley interval, in days (NaN where not reached).</param>
/// <param name="LymphopeniaGrades">Patients by CTCAE grade (0–4) of the ALC nadir.</param>
/// <param name="MeanAlcNadir">Mean ALC nadir, in cells/µL.</param>
/// <param name="Responders">Preclinical responders (Wilson 95%), or null without a responder rule.</param>
/// <param name="Subgroups">End points by biomarker subgroup.</param>
/// <param name="Failures">Patients whose simulation failed (reported, not counted).</param>
public sealed record ArmResult(
    string Name,
    long Patients,
    ProportionEstimate Orr,
    ProportionEstimate AbscopalOrr,
    ProportionEstimate Dcr,
    KaplanMeierCurve Pfs,
    MedianSurvival PfsMedian,
    ReadOnlyCollection<long> LymphopeniaGrades,
    double MeanAlcNadir,
    ProportionEstimate? Responders,
    ReadOnlyCollection<SubgroupResult> Subgroups,
    long Failures);
