using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Models.Core;

internal sealed class AbscopalCoreModel : BuiltinModel
{
    public override string Id => "abscopal-core";

    public override string Description => "abscopal-core";

    public override ModelSetup Prepare(Patient? patient, TreatmentPlan? plan) => throw new NotImplementedException();
}
