using System.Collections.Immutable;
using Abscopal.Modeling.Execution;
using Abscopal.Numerics.Ode;

namespace Abscopal.Simulation;

/// <summary>The result of simulating a model for a patient and plan: output times, state trajectories, lesions and lymphocyte count.</summary>
public sealed class PatientSimulation
{
    private readonly SimulationResult? _result;
    private readonly ImmutableArray<string> _symbols;
    private readonly Func<string, string>? _publicId;
    private ImmutableDictionary<string, double[]>? _states;
    private ImmutableArray<string> _stateIds;

    /// <summary>A result read from <paramref name="result"/>, whose columns are the model's symbols; <paramref name="publicId"/> names them for users (a generic model's T_L1 → T_liver1), null when they are the users' names.</summary>
    internal PatientSimulation(string modelId, double[] times, SimulationResult result, ImmutableArray<string> symbols, Func<string, string>? publicId, ImmutableArray<LesionTrajectory> lesions, double[]? alc, OdeStatistics statistics)
    {
        ModelId = modelId;
        Times = times;
        _result = result;
        _symbols = symbols;
        _publicId = publicId;
        if (publicId is null)
        {
            _stateIds = symbols;
        }

        Lesions = lesions;
        AlcPerMicrolitre = alc;
        Statistics = statistics;
    }

    /// <summary>A result whose state columns are already built (read-out tests and callers holding trajectories).</summary>
    internal PatientSimulation(string modelId, double[] times, ImmutableDictionary<string, double[]> states, ImmutableArray<string> stateIds, ImmutableArray<LesionTrajectory> lesions, double[]? alc, OdeStatistics statistics)
    {
        ModelId = modelId;
        Times = times;
        _states = states;
        _symbols = stateIds;
        _stateIds = stateIds;
        Lesions = lesions;
        AlcPerMicrolitre = alc;
        Statistics = statistics;
    }

    /// <summary>Id of the simulated model (the built-in id, e.g. "abscopal-core", or the IR model's id).</summary>
    public string ModelId { get; }

    /// <summary>Output times, in days.</summary>
    public double[] Times { get; }

    /// <summary>State ids in the model's order.</summary>
    public ImmutableArray<string> StateIds => _stateIds.IsDefault ? _stateIds = [.. _symbols.Select(_publicId!)] : _stateIds;

    /// <summary>Trajectory of each state by id (values at <see cref="Times"/>, in the state's unit).</summary>
    /// <remarks>Built on first use: callers that read only lesions and read-outs (trials) do not pay for the state columns.</remarks>
    public ImmutableDictionary<string, double[]> States => LazyInitializer.EnsureInitialized(ref _states, BuildStates);

    /// <summary>The lesions, in the patient's order.</summary>
    public ImmutableArray<LesionTrajectory> Lesions { get; }

    /// <summary>Absolute lymphocyte count at each output time, in cells/µL; null when the model has none.</summary>
    public double[]? AlcPerMicrolitre { get; }

    /// <summary>Solver work.</summary>
    public OdeStatistics Statistics { get; }

    private ImmutableDictionary<string, double[]> BuildStates()
    {
        var states = ImmutableDictionary.CreateBuilder<string, double[]>(StringComparer.Ordinal);
        var ids = StateIds;
        for (var i = 0; i < ids.Length; i++)
        {
            states[ids[i]] = _result!.Column(_symbols[i]);
        }

        return states.ToImmutable();
    }

    /// <summary>The lesion with id <paramref name="id"/>.</summary>
    public LesionTrajectory Lesion(string id) =>
        Lesions.FirstOrDefault(l => l.Id == id) ?? throw new ArgumentException($"lesion '{id}' is not in the result; lesions: {string.Join(", ", Lesions.Select(l => l.Id))}.", nameof(id));
}
