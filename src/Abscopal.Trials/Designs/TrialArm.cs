namespace Abscopal.Trials.Designs;

/// <summary>One arm of a virtual trial.</summary>
/// <param name="Name">Arm name, unique in the trial.</param>
/// <param name="Treatment">What every patient of the arm gets.</param>
public sealed record TrialArm(string Name, ArmTreatment Treatment);
