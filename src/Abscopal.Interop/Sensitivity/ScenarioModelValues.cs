namespace Abscopal.Interop.Sensitivity;

/// <summary>The parameters and states of a scenario's model with the values the scenario gives them, for checking factor ids and resolving relative ranges.</summary>
/// <param name="Parameters">Value of each parameter that can be varied, by id, in the model's units.</param>
/// <param name="States">Initial value of each state, by id, in the state's units.</param>
public sealed record ScenarioModelValues(IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, double> States);
