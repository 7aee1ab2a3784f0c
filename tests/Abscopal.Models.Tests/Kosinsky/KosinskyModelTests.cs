using Abscopal.Modeling;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Models.Tests.Kosinsky;

public class KosinskyModelTests
{
    [Fact]
    public void The_States_Are_Those_Of_Biomd0000000863_Plus_The_Antibody_Pk()
    {
        var model = BuiltinModels.Kosinsky2018.Model;
        Assert.Equal(["TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent"], model.Rules.OfType<RateRule>().Select(r => r.Variable));
        Assert.Equal(15, model.Parameters.Single(p => p.Id == "TV").Value);
    }

    [Fact]
    public void Every_Parameter_Has_Its_Table_1_Value_And_Source()
    {
        // Kosinsky 2018 Table 1 (SCIENCE.md §3)
        var model = BuiltinModels.Kosinsky2018.Prepare(null, new TreatmentPlan(0.02, [new RtCourse("tumor", 2, 5, 7)], [new DrugRegimen("murine-anti-pd-l1", DrugDose.PerKg(10), [7, 9])])).BuildModel();
        var table = new Dictionary<string, double>
        {
            ["r"] = 0.4,
            ["TVmax"] = 2500,
            ["d0"] = 0.01,
            ["kLN"] = 279,
            ["SL"] = 8.89,
            ["kpro"] = 3,
            ["kdif"] = 3.2,
            ["kel"] = 0.2,
            ["kapo"] = 2,
            ["e"] = 0.001,
            ["Kpdl"] = 478,
            ["kpdl"] = 1,
            ["Ktcd"] = 0.2,
            ["SR"] = 30.5,
            ["alpha"] = 0.146,
            ["delta"] = 19,
            ["tau"] = 0.02,
            ["mu"] = 0.1725,
            ["KD"] = 30,
            ["ka"] = 8,
            ["kelmAb"] = 0.15,
            ["Vd"] = 0.003,
        };
        foreach (var (id, value) in table)
        {
            var p = model.Parameters.Single(x => x.Id == id);
            Assert.Equal(value, p.Value);
            Assert.Contains("Table 1", p.Source, StringComparison.Ordinal);
        }

        Assert.All(model.Parameters.Where(p => p.Constant), p => Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Id));
        Assert.Equal((5 * 2) + 2, model.Events.Length); // 5 pulses (on and off) and 2 injections
    }

    [Fact]
    public void A_10_Mg_Per_Kg_Injection_For_A_20_G_Mouse_Is_1_333_Nmol()
    {
        // 0.2 mg of a 150 kDa antibody = 0.2e-3 g / 150000 g/mol = 1.3333 nmol (docs/problems.md)
        var setup = BuiltinModels.Kosinsky2018.Prepare(null, new TreatmentPlan(0.02, [], [new DrugRegimen("murine-anti-pd-l1", DrugDose.PerKg(10), [7])]));
        Assert.Equal(4.0 / 3.0, setup.Values["mab0_nmol"], 14);
        Assert.Equal(7, setup.Values["mab0_day"]);
    }

    [Fact]
    public void Drugs_Other_Than_Anti_Pd_L1_Are_Refused()
    {
        var plan = new TreatmentPlan(0.02, [], [new DrugRegimen("murine-anti-ctla-4", DrugDose.PerKg(10), [7])]);
        var error = Assert.Throws<ArgumentException>(() => BuiltinModels.Kosinsky2018.Prepare(null, plan));
        Assert.Contains("kosinsky2018 models anti-PD-L1 only", error.Message, StringComparison.Ordinal);
    }
}
