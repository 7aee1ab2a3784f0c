using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Models.Tests.Core;

public class LesionSymbolNamesTests
{
    [Fact]
    public void Renaming_The_Generic_Model_Gives_Exactly_The_Patients_Model()
    {
        // Given a patient whose lesion ids contain underscores and digits, with fractions to two lesions and two drugs
        var patient = new Patient(HostSpecies.Human, 70,
            [Lesion.FromDiameter("left_breast", AnatomicSite.Breast, 30), Lesion.FromDiameter("liver1", AnatomicSite.Liver, 22), Lesion.FromDiameter("L2", AnatomicSite.Lung, 15)],
            BreastCancerSubtype.TripleNegative);
        var plan = new TreatmentPlan(70, [new RtCourse("left_breast", 8, 3, 0, 1, false), new RtCourse("L2", 12, 2, 7, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 3), new DrugRegimen("ipilimumab", DrugDose.PerKg(1), 0, 42, 2)]);
        var setup = BuiltinModels.AbscopalCore.Prepare(patient, plan);

        // When the generic model's symbols are renamed to the patient's and back
        var own = setup.BuildModel();
        var generic = setup.Generic.BuildModel();
        var renamed = generic.Parameters.Select(p => setup.PublicId(p.Id)).ToArray();

        // Then they are the patient model's symbols, in the same order, and the renaming is its own inverse
        Assert.Equal(own.Parameters.Select(p => p.Id).ToArray(), renamed);
        Assert.Equal(generic.Parameters.Select(p => p.Id).ToArray(), renamed.Select(setup.GenericId).ToArray());
        Assert.Contains("rt_left_breast_2_day", renamed);
        Assert.Contains("T_L2", renamed);
        Assert.Equal("rt_L3_1_dose", setup.GenericId("rt_L2_1_dose"));

        // And the generic form's values, renamed, are the patient's values (perfusion of the liver lesion from its site)
        Assert.Equal(setup.Values.Count, setup.Generic.Values.Count);
        foreach (var (id, value) in setup.Generic.Values)
        {
            Assert.Equal(value, setup.Values[setup.PublicId(id)]);
        }

        Assert.Equal(own.Parameters.Single(p => p.Id == "perf_liver1").Value, setup.Values["perf_liver1"]);
    }
}
