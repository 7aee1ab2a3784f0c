using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Simulation;
using Abscopal.Trials;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Trials;

/// <summary>
/// Virtual-trial throughput (issue 7 target: ≥ 1000 virtual patients per second per core for a 3-lesion, 252-day patient;
/// a 1 000 000-patient two-arm trial in under 30 minutes on 2 cores). Patients per second = patients per operation ÷ mean.
/// </summary>
/// <remarks>
/// <see cref="OnePatient"/> is one trial patient end to end (plan, simulation, RECIST read-out) with the shape: TNBC, liver
/// 30 mm, lung 20 mm, bone 25 mm; SBRT 6 Gy × 5 to the largest lesion and pembrolizumab 200 mg q3w × 8; 252 days, weekly rows,
/// scans every 42 days. <see cref="ExampleTrial"/> runs the population of examples/trials/tnbc-pembrolizumab-sbrt.yaml (2–5 lesions,
/// both arms, <see cref="PatientsPerArm"/> each) on <see cref="Threads"/> worker threads, totals only, as <c>abscopal trial</c> without --out.
/// </remarks>
[MemoryDiagnoser]
public class TrialThroughputBenchmarks
{
    /// <summary>Patients per arm of <see cref="ExampleTrial"/> (both arms: twice as many patients per operation).</summary>
    public const int PatientsPerArm = 200;

    private TrialDesign _design = null!;
    private VirtualPatient _patient = null!;
    private double[] _assessments = null!;
    private SimulationOptions _simulation = null!;

    /// <summary>Worker threads of <see cref="ExampleTrial"/>.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _design = ExampleDesign();
        _assessments = _design.Assessment.Days();
        _simulation = new SimulationOptions { Days = 252, OutputEveryDays = _design.OutputEveryDays };
        var patient = new Patient(HostSpecies.Human, 70,
            [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25)],
            BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { PdL1Cps = 5, TilsPercent = 10, Rsi = 0.45, AlcPerMicrolitre = 1500 });
        _patient = new VirtualPatient(0, patient, new VirtualPopulation(_design.Population).Sample(1, 0).Parameters);
    }

    /// <summary>One 3-lesion, 252-day trial patient of the SBRT arm: plan, simulation and RECIST read-out (one core).</summary>
    [Benchmark]
    public double OnePatient() => VirtualTrial.SimulatePatient(_patient, _design.Arms[1], _design, _assessments, _simulation)!.Outcome.BestChangePercent;

    /// <summary>The example trial's population, 2 × <see cref="PatientsPerArm"/> patients, on <see cref="Threads"/> threads.</summary>
    [Benchmark]
    public long ExampleTrial() => VirtualTrial.Run(_design with { PatientsPerArm = PatientsPerArm }, new TrialRunOptions { Threads = Threads, KeepPatients = false }).Arms[1].Patients;

    /// <summary>The design of examples/trials/tnbc-pembrolizumab-sbrt.yaml, built in code.</summary>
    public static TrialDesign ExampleDesign()
    {
        var pembrolizumab = new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 8);
        var population = new PopulationSpec(HostSpecies.Human, BreastCancerSubtype.TripleNegative, line: LineOfTherapy.Pretreated, minLesions: 2, maxLesions: 5);
        TrialArm[] arms =
        [
            new("pembrolizumab", new ArmTreatment([], [pembrolizumab])),
            new("pembrolizumab + SBRT", new ArmTreatment([new RtCourseRule(LesionRule.LargestLesion, 6, 5, 0, 1)], [pembrolizumab])),
        ];
        return new TrialDesign("pembrolizumab ± SBRT in pre-treated metastatic TNBC", population, arms, PatientsPerArm, new AssessmentSchedule(42, 252), seed: 1);
    }
}
