using Abscopal.Modeling.Compilation;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Models.Tests.Core;

/// <summary>The compiled initial values of the built-in models against the IR interpreter, the reference semantics of SBML initial values.</summary>
public class CompiledInitialValueTests
{
    private static readonly Patient s_human = new(HostSpecies.Human, 70,
        [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25)],
        BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { Rsi = 0.3, PdL1Cps = 10, TilsPercent = 10, AlcPerMicrolitre = 900 });

    private static readonly Patient s_mouse = new(HostSpecies.Mouse, 0.02, [new Lesion("primary", AnatomicSite.Flank, 100)], tumorLine: MurineTumorLine.Tsa);

    public static TheoryData<string> Setups => new() { "abscopal-core human", "abscopal-core mouse", "abscopal-core default", "kosinsky" };

    private static ModelSetup Setup(string which) => which switch
    {
        "abscopal-core human" => BuiltinModels.AbscopalCore.Prepare(s_human, new TreatmentPlan(70, [new RtCourse("liver1", 6, 5, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 8)])).Generic,
        "abscopal-core mouse" => BuiltinModels.AbscopalCore.Prepare(s_mouse, new TreatmentPlan(0.02, [new RtCourse("primary", 8, 3, 0, 1, false)], [new DrugRegimen("murine-anti-ctla-4", DrugDose.PerKg(10), [2, 5, 8])])).Generic,
        "abscopal-core default" => BuiltinModels.AbscopalCore.Prepare(null, null),
        _ => BuiltinModels.Kosinsky2018.Prepare(null, null),
    };

    [Theory]
    [MemberData(nameof(Setups))]
    public void Compiled_Initial_Values_Equal_The_Interpreters_Bit_For_Bit(string which)
    {
        // Given a built-in model bound to a patient and plan as Simulator.Run binds it (its setup's values as overrides)
        var setup = Setup(which);
        var compiled = ModelCompiler.Compile(setup.BuildModel());
        var interpreted = Bind(compiled, setup);
        var kernel = Bind(compiled, setup);

        // When the initial values are computed by the interpreter and by the compiled kernel
        var y0 = new double[compiled.StateCount];
        var y1 = new double[compiled.StateCount];
        interpreted.InitializeInterpreted(0, y0);
        Assert.True(kernel.InitializeCompiled(0, y1), "the kernel should compile for a built-in model");

        // Then every state and parameter slot is the same double (same arithmetic in the same order; the interpreter is the reference)
        Assert.Equal(y0, y1);
        Assert.Equal(interpreted.ParameterSlots.ToArray(), kernel.ParameterSlots.ToArray());
        Assert.Contains(y0, v => v != 0); // a real initial state, not an empty one
    }

    [Fact]
    public void A_Second_Patient_With_Other_Values_Reuses_The_Kernel_And_Still_Matches_The_Interpreter()
    {
        // Given one compiled structure and two patients of that structure with different lesion volumes and biomarkers
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 6, 5, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 8)]);
        var first = BuiltinModels.AbscopalCore.Prepare(s_human, plan).Generic;
        var other = new Patient(HostSpecies.Human, 55,
            [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 12), Lesion.FromDiameter("node1", AnatomicSite.LymphNode, 40), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 9)],
            BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { Rsi = 0.5, PdL1Cps = 1, TilsPercent = 30, AlcPerMicrolitre = 1800 });
        var second = BuiltinModels.AbscopalCore.Prepare(other, plan).Generic;
        Assert.Equal(first.StructureKey, second.StructureKey);
        var compiled = ModelCompiler.Compile(first.BuildModel());

        // When the first patient's kernel is compiled and the second is initialized through the public path (second use: compiled)
        Assert.True(Bind(compiled, first).InitializeCompiled(0, new double[compiled.StateCount]));
        var viaKernel = Bind(compiled, second);
        var y1 = new double[compiled.StateCount];
        viaKernel.Initialize(0, y1);
        var reference = Bind(compiled, second);
        var y0 = new double[compiled.StateCount];
        reference.InitializeInterpreted(0, y0);

        // Then the second patient's initial state is the interpreter's, bit for bit, and differs from the first patient's
        Assert.Equal(y0, y1);
        Assert.Equal(reference.ParameterSlots.ToArray(), viaKernel.ParameterSlots.ToArray());
        var y2 = new double[compiled.StateCount];
        Bind(compiled, first).InitializeInterpreted(0, y2);
        Assert.NotEqual(y2, y1);
    }

    private static ModelInstance Bind(CompiledModel compiled, ModelSetup setup)
    {
        var instance = compiled.CreateInstance();
        foreach (var (id, value) in setup.Values)
        {
            instance.SetValue(id, value);
        }

        return instance;
    }
}
