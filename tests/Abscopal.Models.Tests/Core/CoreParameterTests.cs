using Abscopal.Modeling;
using Abscopal.Models.Core;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Models.Tests.Core;

public class CoreParameterTests
{
    private static readonly Patient s_human = new(HostSpecies.Human, 70,
        [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)],
        BreastCancerSubtype.Her2Positive, biomarkers: new Biomarkers { Rsi = 0.3, PdL1Cps = 10, TilsPercent = 10, AlcPerMicrolitre = 900 });

    private static readonly Patient s_mouse = new(HostSpecies.Mouse, 0.02, [new Lesion("primary", AnatomicSite.Flank, 100)], tumorLine: MurineTumorLine.Tsa);

    public static TheoryData<string> Models => new() { "human", "mouse" };

    private static ModelSetup Setup(string which) => which == "human"
        ? BuiltinModels.AbscopalCore.Prepare(s_human, new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 3), new DrugRegimen("ipilimumab", DrugDose.PerKg(1), 0, 42, 2)]))
        : BuiltinModels.AbscopalCore.Prepare(s_mouse, new TreatmentPlan(0.02, [new RtCourse("primary", 8, 3, 0, 1, false)], [new DrugRegimen("murine-anti-ctla-4", DrugDose.PerKg(10), [2, 5, 8])]));

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_Parameter_Of_The_Expanded_Model_Has_A_Source_And_A_Unit(string which)
    {
        // Given abscopal-core expanded for lesions, RT and drugs (house rule: every parameter carries its source or 'assumed')
        var model = Setup(which).BuildModel();

        // Then every constant parameter has a non-empty source and unit
        var constants = model.Parameters.Where(p => p.Constant).ToArray();
        Assert.NotEmpty(constants);
        Assert.All(constants, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{p.Id} has no source"));
        Assert.All(constants, p => Assert.False(string.IsNullOrWhiteSpace(p.Units), $"{p.Id} has no unit"));
        Assert.All(CoreParameterSets.For(which == "human" ? s_human : s_mouse), p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_Bound_Value_Names_A_Symbol_Of_The_Model(string which)
    {
        var setup = Setup(which);
        var model = setup.BuildModel();
        Assert.All(setup.Values.Keys, id => Assert.NotNull(model.Find(id)));
    }

    [Fact]
    public void The_Expanded_Model_Has_Seven_States_Per_Lesion_And_The_Systemic_Pools()
    {
        // Given two lesions, pembrolizumab and ipilimumab for a human: 7 × 2 lesion states, ELN, EB, ALC, and 2 PK states per drug
        var model = Setup("human").BuildModel();
        var states = model.Rules.OfType<RateRule>().Select(r => r.Variable).ToHashSet();

        Assert.Equal((7 * 2) + 3 + (2 * 2), states.Count);
        Assert.Contains("T_liver1", states);
        Assert.Contains("S_lung1", states);
        Assert.Contains("Xp_ipilimumab", states);
        Assert.Equal(3, model.Events.Count(e => e.Id!.StartsWith("rt_liver1_", StringComparison.Ordinal)));
        Assert.Equal(5, model.Events.Count(e => e.Id!.StartsWith("dose_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Biomarkers_Set_Radiosensitivity_Pd_L1_Priming_And_Lymphocytes()
    {
        // Given RSI 0.3 → α = −ln(0.3)/2 − 0.1 = 0.502 /Gy (Scott 2017, the GARD worked example of SCIENCE.md §2),
        // CPS 10 → baseline PD-L1 0.5, TILs 10% → priming ×2, ALC 900/µL
        var values = Setup("human").Values;

        Assert.Equal(0.502, values["alpha_liver1"], 3);
        Assert.Equal(0.5, values["Pb_lung1"], 12);
        Assert.Equal(2, values["tilsScale"], 12);
        Assert.Equal(900, values["ALC0"]);
        Assert.Equal(162, values["Td"]); // HER2+ doubling time (Ryu 2014)
    }

    [Fact]
    public void Lesion_Perfusion_Follows_The_Host_Organ_And_Mouse_Perfusion_Is_Scaled_By_Cardiac_Output_Per_Weight()
    {
        // Given ICRP 89 shares: liver 25.5% of 6.5 L/min over 1800 g = 0.921 mL/min/g; lung 100% over 1200 g = 5.42
        Assert.Equal(0.255 * 6500 / 1800, SitePhysiology.Of(AnatomicSite.Liver).HumanPerfusionMlPerMinPerGram, 12);
        Assert.Equal(6500.0 / 1200, SitePhysiology.Of(AnatomicSite.Lung).HumanPerfusionMlPerMinPerGram, 12);

        // Then mouse perfusion is (8 mL/min / 20 g) ÷ (6.5 L/min / 73 kg) ≈ 4.49 times higher (Davies & Morris 1993)
        var ratio = SitePhysiology.Of(AnatomicSite.Skin).PerfusionMlPerMinPerGram(HostSpecies.Mouse) / SitePhysiology.Of(AnatomicSite.Skin).HumanPerfusionMlPerMinPerGram;
        Assert.Equal(0.4 / (6.5 / 73), ratio, 12);
    }

    [Fact]
    public void Same_Layout_Gives_The_Same_Structure_Key_And_A_Different_Layout_Another()
    {
        var plan1 = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], []);
        var plan2 = new TreatmentPlan(70, [new RtCourse("liver1", 6, 3, 14, 2, false)], []);
        var plan3 = new TreatmentPlan(70, [new RtCourse("lung1", 8, 3, 0, 1, false)], []);
        var a = BuiltinModels.AbscopalCore.Prepare(s_human, plan1);
        Assert.Equal(a.StructureKey, BuiltinModels.AbscopalCore.Prepare(s_human, plan2).StructureKey);
        Assert.NotEqual(a.StructureKey, BuiltinModels.AbscopalCore.Prepare(s_human, plan3).StructureKey);
    }

    [Fact]
    public void Plans_That_Do_Not_Fit_The_Patient_Are_Refused_With_The_Allowed_Values()
    {
        var wrongTarget = new TreatmentPlan(70, [new RtCourse("brain1", 8, 1)], []);
        Assert.Contains("radiotherapy target 'brain1' is not a lesion; allowed: liver1, lung1.", Assert.Throws<ArgumentException>(() => BuiltinModels.AbscopalCore.Prepare(s_human, wrongTarget)).Message, StringComparison.Ordinal);
        var mouseDrug = new TreatmentPlan(70, [], [new DrugRegimen("murine-anti-pd-1", DrugDose.PerKg(10), [1])]);
        Assert.Contains("drug 'murine-anti-pd-1' is for mice", Assert.Throws<ArgumentException>(() => BuiltinModels.AbscopalCore.Prepare(s_human, mouseDrug)).Message, StringComparison.Ordinal);
        Assert.Contains("allowed: kosinsky2018, abscopal-core", Assert.Throws<ArgumentException>(() => BuiltinModels.Get("nope")).Message, StringComparison.Ordinal);
    }
}
