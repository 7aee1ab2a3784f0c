using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Simulation.Internal;

namespace Abscopal.Simulation;

/// <summary>Runs a model for a patient and a treatment plan: builds (once per structure) and compiles the model, binds the plan, integrates, and reads out lesions.</summary>
/// <remarks>
/// Compiled models are cached by structure (built-in models: the generic form of <see cref="ModelSetup.Generic"/>, i.e. for
/// abscopal-core the number of lesions and of treatment events, whatever the lesion ids and sites; the
/// <see cref="CachedStructures"/> most recently used kept; IR models: per instance, for as long as the instance lives), so
/// simulating many plans of the same shape compiles once. Thread-safe; each call uses its own instance.
/// </remarks>
public static class Simulator
{
    /// <summary>How many compiled structures of built-in models are kept (least recently used dropped first).</summary>
    public const int CachedStructures = 64;

    private static readonly CompiledModelCache s_builtin = new(CachedStructures);
    private static readonly ConditionalWeakTable<Model, CompiledModel> s_models = [];

    /// <summary>Simulates the request.</summary>
    /// <exception cref="ArgumentException">An id is unknown or a value out of range; the message names the field and what is allowed.</exception>
    /// <exception cref="OdeSolverException">The solver failed.</exception>
    public static PatientSimulation Run(SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CompiledModel compiled;
        ImmutableDictionary<string, double> bound;
        ImmutableArray<LesionOutput> lesions;
        string? alc;
        ModelSetup? names = null;
        ModelSetup? boundSetup = null;
        if (request.Builtin is { } builtin)
        {
            // The generic form: patients that differ only in lesion ids, sites and values share one compiled model.
            names = builtin.Prepare(request.Patient, request.Plan);
            var setup = names.Generic;
            compiled = Compile(setup);
            bound = ImmutableDictionary<string, double>.Empty;
            boundSetup = setup;
            lesions = setup.Lesions;
            alc = setup.LymphocyteSymbol;
        }
        else
        {
            var model = request.Model!;
            if (request.Plan is { } plan && (plan.Courses.Count > 0 || plan.Regimens.Count > 0))
            {
                throw new ArgumentException($"treatment: model '{model.Id}' is not a built-in model; give its doses as events in the model instead.", nameof(request));
            }

            compiled = s_models.GetValue(model, ModelCompiler.Compile);
            bound = ImmutableDictionary<string, double>.Empty;
            lesions = SingleTumour(compiled, request.Patient);
            if (request.Patient is { } p && !lesions.IsEmpty && p.Lesions.Length == 1)
            {
                bound = bound.Add(lesions[0].VolumeSymbol, p.Lesions[0].VolumeMm3);
            }

            alc = null;
        }

        var instance = compiled.CreateInstance();
        if (boundSetup is not null)
        {
            boundSetup.Bind(instance);
        }

        foreach (var (id, value) in bound)
        {
            instance.SetValue(id, value);
        }

        foreach (var (id, value) in request.Parameters)
        {
            var symbol = names?.GenericId(id) ?? id;
            CheckOverride(compiled, names, id, symbol, value, "parameters", SymbolStorage.Parameter);
            instance.SetValue(symbol, value);
        }

        foreach (var (id, value) in request.Initial)
        {
            var symbol = names?.GenericId(id) ?? id;
            CheckOverride(compiled, names, id, symbol, value, "initial", SymbolStorage.State);
            instance.SetValue(symbol, value);
        }

        var options = request.Options;
        var times = options.OutputTimes();
        var outputs = new List<string>(compiled.StateIds);
        foreach (var lesion in lesions)
        {
            if (!outputs.Contains(lesion.VolumeSymbol))
            {
                outputs.Add(lesion.VolumeSymbol);
            }
        }

        if (alc is not null && !outputs.Contains(alc))
        {
            outputs.Add(alc);
        }

        var settings = new SimulationSettings
        {
            StartTime = 0,
            EndTime = options.Days,
            OutputTimes = times,
            Options = OdeOptions.Default with { RelativeTolerance = options.RelativeTolerance, AbsoluteTolerance = options.AbsoluteTolerance },
            Outputs = outputs,
        };
        var result = ModelSimulator.Simulate(instance, settings);

        var trajectories = ImmutableArray.CreateBuilder<LesionTrajectory>(lesions.Length);
        foreach (var lesion in lesions)
        {
            var volume = result.Column(lesion.VolumeSymbol);
            var diameter = new double[volume.Length];
            for (var k = 0; k < volume.Length; k++)
            {
                volume[k] = Math.Max(0, volume[k] * lesion.VolumeScaleToMm3);
                diameter[k] = LesionGeometry.DiameterFromVolume(volume[k]);
            }

            trajectories.Add(new LesionTrajectory(lesion.Id, lesion.Site, lesion.Irradiated, volume, diameter));
        }

        return new PatientSimulation(request.Builtin?.Id ?? compiled.Model.Id, times, result, compiled.StateIds, names is null || ReferenceEquals(names, names.Generic) ? null : names.PublicId, trajectories.MoveToImmutable(), alc is null ? null : result.Column(alc), result.Statistics);
    }

    /// <summary>The compiled model of a setup's structure, compiled on first use and cached.</summary>
    public static CompiledModel Compile(ModelSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return s_builtin.GetOrAdd(setup.StructureKey, () => ModelCompiler.Compile(setup.BuildModel()));
    }

    private static ImmutableArray<LesionOutput> SingleTumour(CompiledModel compiled, Patient? patient)
    {
        foreach (var symbol in (ReadOnlySpan<string>)["TV", "tumor_volume", "V"])
        {
            if (compiled.Symbols.ContainsKey(symbol))
            {
                var lesion = patient is { Lesions.Length: 1 } ? patient.Lesions[0] : null;
                return [new LesionOutput(lesion?.Id ?? "tumor", lesion?.Site ?? AnatomicSite.Flank, false, symbol)];
            }
        }

        return [];
    }

    private static void CheckOverride(CompiledModel compiled, ModelSetup? names, string id, string symbol, double value, string field, SymbolStorage kind)
    {
        // A generic name given by the user (T_L1 for a patient whose lesion is liver1) is not one of the patient's names.
        var known = names is null || string.Equals(names.PublicId(symbol), id, StringComparison.Ordinal);
        if (!known || !compiled.Symbols.TryGetValue(symbol, out var info) || info.Storage == SymbolStorage.Computed || (kind == SymbolStorage.State) != (info.Storage == SymbolStorage.State))
        {
            var allowed = compiled.Symbols.Values
                .Where(s => kind == SymbolStorage.State ? s.Storage == SymbolStorage.State : s.Storage == SymbolStorage.Parameter)
                .Select(s => names?.PublicId(s.Id) ?? s.Id)
                .Where(s => !s.Contains('.', StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
            var what = kind == SymbolStorage.State ? "state" : "parameter";
            throw new ArgumentException($"{field}: '{id}' is not a {what} of model '{compiled.Model.Id}'; allowed: {string.Join(", ", allowed.Take(40))}{(allowed.Length > 40 ? ", …" : string.Empty)}.", field);
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(field, value, string.Create(CultureInfo.InvariantCulture, $"{field}: {id} must be a finite number; got {value}."));
        }

        if (kind == SymbolStorage.State && value < 0)
        {
            throw new ArgumentOutOfRangeException(field, value, string.Create(CultureInfo.InvariantCulture, $"{field}: {id} must be in [0, +∞); got {value}."));
        }
    }

    /// <summary>Compiled structures held now (tests).</summary>
    internal static int CachedStructureCount => s_builtin.Count;
}
