namespace Abscopal.Planning.Results;

/// <summary>The top plan's objective with the drug started at another time relative to RT, on the same samples.</summary>
/// <param name="DrugStartDaysRelativeToRt">Days from the first fraction to the first drug dose.</param>
/// <param name="Objective">Objective value (probability or days).</param>
public sealed record TimingEffect(double DrugStartDaysRelativeToRt, double Objective);
