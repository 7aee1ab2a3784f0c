using System.Collections.Immutable;
using Abscopal.Modeling.Compilation;
using Abscopal.Simulation;

namespace Abscopal.Planning.Sensitivity;

/// <summary>The parameters and states a request's model has, and the values the request gives them: for checking factor ids and for ranges relative to the scenario's value.</summary>
public sealed class ScenarioValues
{
    private readonly CompiledModel _compiled;
    private readonly double[] _parameters;
    private readonly double[] _states;
    private readonly SimulationRequest _request;

    private ScenarioValues(SimulationRequest request, CompiledModel compiled, double[] parameters, double[] states)
    {
        _request = request;
        _compiled = compiled;
        _parameters = parameters;
        _states = states;
        ParameterIds = [.. compiled.Symbols.Values.Where(s => s.Storage == SymbolStorage.Parameter && !s.Id.Contains('.', StringComparison.Ordinal)).Select(s => s.Id).Order(StringComparer.Ordinal)];
        StateIds = compiled.StateIds;
    }

    /// <summary>Ids of the parameters that can be varied, in ordinal order.</summary>
    public ImmutableArray<string> ParameterIds { get; }

    /// <summary>Ids of the states, in model order.</summary>
    public ImmutableArray<string> StateIds { get; }

    /// <summary>Compiles (or takes from the cache) the request's model and computes its initial parameter and state values.</summary>
    public static ScenarioValues Of(SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CompiledModel compiled;
        ImmutableDictionary<string, double> bound = ImmutableDictionary<string, double>.Empty;
        if (request.Builtin is { } builtin)
        {
            var setup = builtin.Prepare(request.Patient, request.Plan);
            compiled = Simulator.Compile(setup);
            bound = setup.Values;
        }
        else
        {
            compiled = ModelCompiler.Compile(request.Model!);
        }

        var instance = compiled.CreateInstance();
        foreach (var (id, value) in bound.Concat(request.Parameters).Concat(request.Initial))
        {
            if (compiled.Symbols.TryGetValue(id, out var info) && info.Storage != SymbolStorage.Computed)
            {
                instance.SetValue(id, value);
            }
        }

        var states = new double[compiled.StateCount];
        instance.Initialize(0, states);
        return new ScenarioValues(request, compiled, instance.ParameterSlots.ToArray(), states);
    }

    /// <summary>The value the scenario gives parameter <paramref name="id"/> (its override, else the model's), in the model's units.</summary>
    /// <exception cref="ArgumentException">The model has no such parameter.</exception>
    public double Parameter(string id) =>
        _request.Parameters.TryGetValue(id, out double given) ? given
        : _compiled.Symbols.TryGetValue(id, out var info) && info.Storage == SymbolStorage.Parameter ? _parameters[info.Index]
        : throw new ArgumentException($"'{id}' is not a parameter of model '{_compiled.Model.Id}'.", nameof(id));

    /// <summary>The initial value the scenario gives state <paramref name="id"/>, in the state's units.</summary>
    /// <exception cref="ArgumentException">The model has no such state.</exception>
    public double State(string id) =>
        _request.Initial.TryGetValue(id, out double given) ? given
        : _compiled.Symbols.TryGetValue(id, out var info) && info.Storage == SymbolStorage.State ? _states[info.Index]
        : throw new ArgumentException($"'{id}' is not a state of model '{_compiled.Model.Id}'.", nameof(id));
}
