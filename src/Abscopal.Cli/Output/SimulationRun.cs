using Abscopal.Simulation;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Cli.Output;

/// <summary>Everything one <c>abscopal simulate</c> run produced and how: the scenario, the request, the result, its read-outs and timings.</summary>
/// <param name="ScenarioPath">Full path of the scenario file.</param>
/// <param name="ModelPath">Full path of the model file the scenario names, or null for a built-in model.</param>
/// <param name="ScenarioText">The scenario file's text, as read.</param>
/// <param name="Request">The simulation request built from the scenario.</param>
/// <param name="Result">The simulation result.</param>
/// <param name="Overall">RECIST 1.1 response over all lesions.</param>
/// <param name="Abscopal">RECIST 1.1 response over the non-irradiated lesions, or null when every lesion is irradiated.</param>
/// <param name="Nadir">ALC nadir, or null when the model has no lymphocytes.</param>
/// <param name="StartedAt">When the run started.</param>
internal sealed record SimulationRun(
    string ScenarioPath,
    string? ModelPath,
    string ScenarioText,
    SimulationRequest Request,
    PatientSimulation Result,
    RecistEvaluation Overall,
    RecistEvaluation? Abscopal,
    AlcNadir? Nadir,
    DateTimeOffset StartedAt)
{
    /// <summary>Durations of the phases so far (parse, simulate, read-outs, figures, report), in seconds.</summary>
    public List<(string Phase, double Seconds)> Timings { get; } = [];
}
