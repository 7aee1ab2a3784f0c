namespace Abscopal.Interop.Scenarios;

/// <summary>A checked planning file (<c>abscopal plan</c>): the model, the scenario <c>patient:</c> block and the <c>planning:</c> block.</summary>
/// <param name="FileName">Name of the file (or "&lt;text&gt;").</param>
/// <param name="Model">Model id.</param>
/// <param name="Patient">The patient.</param>
/// <param name="Planning">The planning block.</param>
public sealed record PlanningFile(string FileName, string Model, ScenarioPatient Patient, ScenarioPlanning Planning);
