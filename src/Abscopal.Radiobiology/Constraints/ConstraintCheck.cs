namespace Abscopal.Radiobiology.Constraints;

/// <summary>A planned value tested against one constraint: pass when planned ≤ limit; margin = limit − planned, in the constraint's unit.</summary>
/// <param name="Constraint">The constraint tested.</param>
/// <param name="PlannedValue">The plan's value of the constraint's metric, in the constraint's unit (Gy or % volume).</param>
/// <param name="Passed">Whether the planned value is at or below the limit.</param>
/// <param name="Margin">Limit − planned value, in the constraint's unit; negative when the constraint fails.</param>
public readonly record struct ConstraintCheck(OrganConstraint Constraint, double PlannedValue, bool Passed, double Margin);
