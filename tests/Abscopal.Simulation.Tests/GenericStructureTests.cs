using System.Collections.Immutable;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Simulation.Tests;

/// <summary>abscopal-core's generic form (lesions by position, sites as values) against the patient's own model, built and solved independently.</summary>
public class GenericStructureTests
{
    public static TheoryData<string> Layouts => ["one breast lesion, untreated", "three lesions, SBRT to the second, pembrolizumab", "five lesions, two irradiated, pembrolizumab + ipilimumab", "mouse, two tumours, anti-CTLA-4"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_Shared_Generic_Model_Gives_Bit_Identical_States_To_The_Patients_Own_Model(string layout)
    {
        // Given a patient and plan, simulated by Simulator.Run (the generic compiled model, symbols mapped back to lesion ids)
        var (patient, plan) = Case(layout);
        var request = SimulationRequest.For("abscopal-core") with { Patient = patient, Plan = plan, Options = new SimulationOptions { Days = 120, OutputEveryDays = 3 } };
        var shared = Simulator.Run(request);

        // When the patient's own model (lesion ids and sites in its symbols, as before the generic form) is compiled and solved directly
        var setup = BuiltinModels.AbscopalCore.Prepare(patient, plan);
        var own = ModelCompiler.Compile(setup.BuildModel());
        var instance = own.CreateInstance();
        foreach (var (id, value) in setup.Values)
        {
            instance.SetValue(id, value);
        }

        var reference = ModelSimulator.Simulate(instance, new SimulationSettings
        {
            EndTime = 120,
            OutputTimes = request.Options.OutputTimes(),
            Options = OdeOptions.Default with { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9 },
        });

        // Then the same equations give the same numbers, bit for bit, under the patient's state names, and the lesions read the same volumes
        Assert.Equal(own.StateIds.ToArray(), shared.StateIds.ToArray());
        foreach (var id in own.StateIds)
        {
            Assert.Equal(reference.Column(id), shared.States[id]);
        }

        foreach (var lesion in shared.Lesions)
        {
            var t = reference.Column("T_" + lesion.Id);
            var d = reference.Column("D_" + lesion.Id);
            Assert.Equal(t.Zip(d, (a, b) => Math.Max(0, a + b)), lesion.VolumeMm3);
        }
    }

    [Fact]
    public void Patients_With_The_Same_Number_Of_Lesions_And_Events_Share_One_Compiled_Model_Whatever_Their_Sites()
    {
        // Given two 3-lesion patients with different lesion ids and sites, each with 5 fractions to its largest lesion and the same drug
        var drugs = new[] { new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 4) };
        var a = new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25)], BreastCancerSubtype.TripleNegative);
        var b = new Patient(HostSpecies.Human, 60, [Lesion.FromDiameter("node1", AnatomicSite.LymphNode, 18), Lesion.FromDiameter("breast1", AnatomicSite.Breast, 40), Lesion.FromDiameter("brain1", AnatomicSite.Brain, 12)], BreastCancerSubtype.TripleNegative);
        var setupA = BuiltinModels.AbscopalCore.Prepare(a, new TreatmentPlan(70, [new RtCourse("liver1", 6, 5, 0, 1, false)], drugs));
        var setupB = BuiltinModels.AbscopalCore.Prepare(b, new TreatmentPlan(60, [new RtCourse("node1", 6, 5, 0, 1, false)], drugs));

        // Then their own structures differ (ids and sites), their generic forms are one structure and one compiled model
        Assert.NotEqual(setupA.StructureKey, setupB.StructureKey);
        Assert.Equal(setupA.Generic.StructureKey, setupB.Generic.StructureKey);
        Assert.Same(Simulator.Compile(setupA.Generic), Simulator.Compile(setupB.Generic));

        // And the names map both ways: T_liver1 ↔ T_L1, rt_node1_4_day ↔ rt_L1_4_day; systemic symbols keep their names
        Assert.Equal("T_L1", setupA.GenericId("T_liver1"));
        Assert.Equal("T_liver1", setupA.PublicId("T_L1"));
        Assert.Equal("rt_L1_4_day", setupB.GenericId("rt_node1_4_day"));
        Assert.Equal("rt_node1_4_day", setupB.PublicId("rt_L1_4_day"));
        Assert.Equal("ALC", setupA.GenericId("ALC"));
        Assert.Equal("kin_brain1", setupB.PublicId("kin_L3"));

        // And a different fraction count on the same position is another structure
        var setupC = BuiltinModels.AbscopalCore.Prepare(a, new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], drugs));
        Assert.NotEqual(setupA.Generic.StructureKey, setupC.Generic.StructureKey);
    }

    [Fact]
    public void Overrides_And_Errors_Use_The_Patients_Own_Names()
    {
        // Given a 2-lesion patient and an override of the second lesion's α by its own name
        var patient = new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)], BreastCancerSubtype.TripleNegative);
        var plan = new TreatmentPlan(70, [new RtCourse("lung1", 8, 1, 0, 1, false)], []);
        var request = SimulationRequest.For("abscopal-core") with { Patient = patient, Plan = plan, Options = new SimulationOptions { Days = 1 } };
        var strong = Simulator.Run(request with { Parameters = ImmutableDictionary<string, double>.Empty.Add("alpha_lung1", 0.5) });

        // Then the fraction kills with that α: T = T0·exp(−0.5·8 − 0.05·64) right after it (LQ, β = 0.05 /Gy², Scott 2017)
        var t0 = Math.PI * 8000 / 6;
        Assert.Equal(t0 * Math.Exp(-4 - 3.2), strong.States["T_lung1"][0], 1e-9 * t0);

        // And an unknown id is reported, with the allowed list in the patient's names
        var error = Assert.Throws<ArgumentException>(() => Simulator.Run(request with { Parameters = ImmutableDictionary<string, double>.Empty.Add("alpha_liver2", 0.5) }));
        Assert.StartsWith("parameters: 'alpha_liver2' is not a parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("_L1", error.Message, StringComparison.Ordinal);

        // And a generic name is not one of the patient's: T_L1 is refused, not taken for liver1's T
        var generic = Assert.Throws<ArgumentException>(() => Simulator.Run(request with { Initial = ImmutableDictionary<string, double>.Empty.Add("T_L1", 10) }));
        Assert.StartsWith("initial: 'T_L1' is not a state", generic.Message, StringComparison.Ordinal);
    }

    private static (Patient Patient, TreatmentPlan? Plan) Case(string layout) => layout switch
    {
        "one breast lesion, untreated" => (new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("breast1", AnatomicSite.Breast, 20)], BreastCancerSubtype.TripleNegative), null),
        "three lesions, SBRT to the second, pembrolizumab" => (
            new Patient(HostSpecies.Human, 64, [Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25), Lesion.FromDiameter("liver1", AnatomicSite.Liver, 41), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 14)], BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { PdL1Cps = 12, Rsi = 0.35 }),
            new TreatmentPlan(64, [new RtCourse("liver1", 6, 5, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 6)])),
        "five lesions, two irradiated, pembrolizumab + ipilimumab" => (
            new Patient(HostSpecies.Human, 80, [Lesion.FromDiameter("breast1", AnatomicSite.Breast, 30), Lesion.FromDiameter("node1", AnatomicSite.LymphNode, 17), Lesion.FromDiameter("node2", AnatomicSite.LymphNode, 15), Lesion.FromDiameter("liver1", AnatomicSite.Liver, 22), Lesion.FromDiameter("brain1", AnatomicSite.Brain, 11)], BreastCancerSubtype.Her2Positive),
            new TreatmentPlan(80, [new RtCourse("liver1", 8, 3, 0, 2, false), new RtCourse("brain1", 20, 1, 7, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 6), new DrugRegimen("ipilimumab", DrugDose.PerKg(1), 0, 42, 3)])),
        _ => (
            new Patient(HostSpecies.Mouse, 0.02, [new Lesion("primary", AnatomicSite.Flank, 100), new Lesion("secondary", AnatomicSite.Flank, 40)], tumorLine: MurineTumorLine.Tsa),
            new TreatmentPlan(0.02, [new RtCourse("primary", 8, 3, 0, 1, false)], [new DrugRegimen("murine-anti-ctla-4", DrugDose.PerKg(10), [2, 5, 8])])),
    };
}
