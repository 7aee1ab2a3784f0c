using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Interop.Petab.Internal;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.Ode;

namespace Abscopal.Interop.Petab;

/// <summary>The objective of a PEtab v1 problem: simulates every (preequilibration, simulation) condition pair and scores the measurements.</summary>
/// <remarks>
/// The model is compiled once; <see cref="Evaluate"/> may be called with many parameter vectors. Per condition pair:
/// the parameter table's values are given to the model parameters it names; the preequilibration condition, if any,
/// is simulated from t = 0 until no state changes over a decade of time, and its states become the initial values of
/// the simulation condition, except species the simulation condition sets (a NaN entry keeps the current value); the
/// simulation condition is then simulated from t = 0 to its last finite measurement time, and to steady state when a
/// measurement is at time inf. Observable and noise formulas are evaluated with their placeholders filled from each
/// measurement row. Log-likelihoods follow the PEtab v1 definition: for normal noise on scale h,
/// ln p = −½ ln(2πσ²) − ½((h(m) − h(y))/σ)² − ln J, with J = m for log and m·ln 10 for log10 (and −ln(2σ) − |h(m) − h(y)|/σ − ln J for Laplace noise).
/// </remarks>
public sealed class PetabObjective
{
    private static readonly double s_logTwoPi = Math.Log(2 * Math.PI);
    private readonly CompiledModel _model;
    private readonly Dictionary<string, PetabCondition> _conditions;
    private readonly Dictionary<string, PetabObservable> _observables;
    private readonly ImmutableArray<ConditionPair> _pairs;
    private readonly ImmutableDictionary<string, double> _nominal;

    /// <summary>Compiles the problem's model and groups its measurements by condition pair.</summary>
    /// <exception cref="PetabException">The model cannot be compiled.</exception>
    public PetabObjective(PetabProblem problem, PetabObjectiveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
        Options = options ?? PetabObjectiveOptions.Default;
        try
        {
            _model = ModelCompiler.Compile(problem.Sbml.Model);
        }
        catch (ModelValidationException ex)
        {
            throw new PetabException($"{problem.Sbml.SourceName}: the model cannot be compiled: {ex.Message}", ex);
        }

        _conditions = problem.Conditions.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _observables = problem.Observables.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _nominal = problem.NominalValues();
        _pairs = [.. problem.Measurements
            .Select((m, index) => (m, index))
            .GroupBy(x => (x.m.PreequilibrationConditionId, x.m.SimulationConditionId))
            .Select(g => new ConditionPair(g.Key.PreequilibrationConditionId, g.Key.SimulationConditionId, [.. g.Select(x => x.index)]))];
    }

    /// <summary>The problem.</summary>
    public PetabProblem Problem { get; }

    /// <summary>The solver settings.</summary>
    public PetabObjectiveOptions Options { get; }

    /// <summary>Evaluates the objective with the nominal values of the parameter table, replaced by <paramref name="parameters"/> (id → value on the linear scale) where given.</summary>
    /// <exception cref="ArgumentException">A given id is not in the parameter table, or a value is not finite.</exception>
    /// <exception cref="PetabException">A simulation failed or found no steady state; the message names the condition.</exception>
    public PetabEvaluation Evaluate(IReadOnlyDictionary<string, double>? parameters = null)
    {
        var values = Values(parameters);
        var predictions = new PetabPrediction[Problem.Measurements.Length];
        foreach (var pair in _pairs)
        {
            EvaluatePair(pair, values, predictions);
        }

        double logLikelihood = 0;
        foreach (var p in predictions)
        {
            logLikelihood += p.LogLikelihood;
        }

        double logPrior = 0;
        foreach (var parameter in Problem.Parameters)
        {
            if (parameter.Estimate && parameter.ObjectivePrior is { } prior)
            {
                logPrior += prior.LogDensity(values[parameter.Id], parameter.Scale);
            }
        }

        return new PetabEvaluation(logLikelihood, logPrior, [.. predictions]);
    }

    private Dictionary<string, double> Values(IReadOnlyDictionary<string, double>? parameters)
    {
        var values = new Dictionary<string, double>(_nominal, StringComparer.Ordinal);
        if (parameters is null)
        {
            return values;
        }

        foreach (var (id, value) in parameters)
        {
            if (!values.ContainsKey(id))
            {
                throw new ArgumentException($"'{id}' is not in the parameter table of {Path.GetFileName(Problem.SourcePath)}.", nameof(parameters));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"The value of '{id}' must be finite, not {value.ToString(CultureInfo.InvariantCulture)}.", nameof(parameters));
            }

            values[id] = value;
        }

        return values;
    }

    private void EvaluatePair(ConditionPair pair, Dictionary<string, double> values, PetabPrediction[] predictions)
    {
        var simulation = _conditions[pair.Simulation];
        var instance = _model.CreateInstance();
        SetParameterTable(instance, values);
        if (pair.Preequilibration is { } preId)
        {
            var pre = _model.CreateInstance();
            SetParameterTable(pre, values);
            SetCondition(pre, _conditions[preId], values);
            var steady = SteadyState(pre, preId);
            for (int i = 0; i < _model.StateCount; i++)
            {
                string state = _model.StateIds[i];
                if (!(simulation.Values.TryGetValue(state, out var set) && !(set.IsNumber && double.IsNaN(set.Number))))
                {
                    instance.SetValue(state, steady[i]);
                }
            }
        }

        SetCondition(instance, simulation, values);

        var measurements = pair.Measurements.Select(i => Problem.Measurements[i]).ToArray();
        var outputs = OutputsOf(measurements);
        var times = measurements.Select(m => m.Time).Where(double.IsFinite).Distinct().Order().ToArray();
        SimulationResult? result = null;
        if (times.Length > 0)
        {
            double end = times[^1] > 0 ? times[^1] : 1e-9;
            result = Simulate(instance, pair, new SimulationSettings { EndTime = end, OutputTimes = times, Outputs = outputs, Options = OdeOptions(), Algorithm = Options.Algorithm });
        }

        double[]? steadyOutputs = null;
        if (measurements.Any(m => double.IsPositiveInfinity(m.Time)))
        {
            steadyOutputs = SteadyStateOutputs(instance, pair.Simulation, outputs);
        }

        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < outputs.Length; c++)
        {
            column[outputs[c]] = c;
        }

        foreach (int index in pair.Measurements)
        {
            var m = Problem.Measurements[index];
            ReadOnlySpan<double> row = double.IsPositiveInfinity(m.Time) ? steadyOutputs : result!.Row(Array.BinarySearch(times, m.Time));
            predictions[index] = Predict(m, row.ToArray(), column, values);
        }
    }

    private PetabPrediction Predict(PetabMeasurement m, double[] row, Dictionary<string, int> column, Dictionary<string, double> values)
    {
        var observable = _observables[m.ObservableId];
        double Resolve(string name)
        {
            if (PetabPlaceholder.Index(name, PetabPlaceholder.Observable, m.ObservableId) is int i && i <= m.ObservableParameters.Length)
            {
                return ValueOf(m.ObservableParameters[i - 1], values);
            }

            if (PetabPlaceholder.Index(name, PetabPlaceholder.Noise, m.ObservableId) is int j && j <= m.NoiseParameters.Length)
            {
                return ValueOf(m.NoiseParameters[j - 1], values);
            }

            if (column.TryGetValue(name, out int c))
            {
                return row[c];
            }

            return values.TryGetValue(name, out double v) ? v : throw new PetabException($"{m.FileName}:{m.Line}: '{name}' has no value in the formulas of '{m.ObservableId}'.");
        }

        double time = double.IsPositiveInfinity(m.Time) ? double.PositiveInfinity : m.Time;
        double y = ExprEvaluator.Evaluate(observable.Formula, time, Resolve);
        double sigma = ExprEvaluator.Evaluate(observable.NoiseFormula, time, Resolve);
        double measured = PetabScales.ToScale(m.Value, observable.Transformation);
        double simulated = PetabScales.ToScale(y, observable.Transformation);
        double residual = (measured - simulated) / sigma;
        double jacobian = observable.Transformation switch
        {
            PetabScale.Log => Math.Log(m.Value),
            PetabScale.Log10 => Math.Log(m.Value * Math.Log(10)),
            _ => 0,
        };
        double logLikelihood = observable.NoiseDistribution == PetabNoiseDistribution.Normal
            ? (-0.5 * (s_logTwoPi + (2 * Math.Log(sigma)))) - (0.5 * residual * residual) - jacobian
            : -Math.Log(2 * sigma) - Math.Abs(residual) - jacobian;
        return new PetabPrediction(m, y, sigma, logLikelihood) { WeightedResidual = residual };
    }

    private double ValueOf(PetabValue value, Dictionary<string, double> values)
    {
        if (value.ParameterId is not { } id)
        {
            return value.Number;
        }

        if (values.TryGetValue(id, out double v))
        {
            return v;
        }

        // A model parameter that the parameter table does not list keeps the model's value.
        return Problem.Sbml.Model.Find(Problem.Sbml.ModelId(id)) is Parameter { Value: { } modelValue }
            ? modelValue
            : throw new PetabException($"'{id}' has no value: it is not in the parameter table and the model gives it none.");
    }

    private void SetParameterTable(ModelInstance instance, Dictionary<string, double> values)
    {
        foreach (var parameter in Problem.Parameters)
        {
            string id = Problem.Sbml.ModelId(parameter.Id);
            if (_model.Symbols.TryGetValue(id, out var info) && info.Storage != SymbolStorage.Computed)
            {
                instance.SetValue(id, values[parameter.Id]);
            }
        }
    }

    private void SetCondition(ModelInstance instance, PetabCondition condition, Dictionary<string, double> values)
    {
        foreach (var (id, entry) in condition.Values)
        {
            double value = ValueOf(entry, values);
            if (double.IsNaN(value))
            {
                continue;
            }

            if (!_model.Symbols.TryGetValue(id, out var info) || info.Storage == SymbolStorage.Computed)
            {
                throw new PetabException($"Condition '{condition.Id}' sets '{id}', which the model computes by a rule; a condition can set only parameters, species and compartments with values of their own.");
            }

            instance.SetValue(id, value);
        }
    }

    private string[] OutputsOf(PetabMeasurement[] measurements)
    {
        var outputs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var observableId in measurements.Select(m => m.ObservableId).Distinct(StringComparer.Ordinal))
        {
            var observable = _observables[observableId];
            foreach (string symbol in observable.Formula.Symbols().Concat(observable.NoiseFormula.Symbols()))
            {
                if (_model.Symbols.ContainsKey(symbol))
                {
                    outputs.Add(symbol);
                }
            }
        }

        return [.. outputs];
    }

    private OdeOptions OdeOptions() => Numerics.Ode.OdeOptions.Default with
    {
        RelativeTolerance = Options.RelativeTolerance,
        AbsoluteTolerance = Options.AbsoluteTolerance,
        MaxSteps = Options.MaxSteps,
    };

    private static SimulationResult Simulate(ModelInstance instance, ConditionPair pair, SimulationSettings settings)
    {
        try
        {
            return ModelSimulator.Simulate(instance, settings);
        }
        catch (Exception ex) when (ex is OdeSolverException or ModelValidationException)
        {
            throw new PetabException($"The simulation of condition '{pair.Simulation}'{(pair.Preequilibration is { } p ? $" after preequilibration '{p}'" : string.Empty)} failed: {ex.Message}", ex);
        }
    }

    /// <summary>The states (as their symbols mean them) at steady state: simulated to 1, 10, 100, … until no state changes over a decade.</summary>
    private double[] SteadyState(ModelInstance instance, string conditionId)
    {
        var (result, row) = SteadyStateRun(instance, conditionId);
        return result.Row(row).ToArray();
    }

    private double[] SteadyStateOutputs(ModelInstance instance, string conditionId, string[] outputs)
    {
        // The test runs on the states; the requested outputs are read at the same time.
        var (result, row) = SteadyStateRun(instance, conditionId);
        var times = result.Times;
        var settings = new SimulationSettings { EndTime = times[row], OutputTimes = [times[row]], Outputs = outputs, Options = OdeOptions(), Algorithm = Options.Algorithm };
        var at = ModelSimulator.Simulate(instance, settings);
        return at.Row(0).ToArray();
    }

    private (SimulationResult Result, int Row) SteadyStateRun(ModelInstance instance, string conditionId)
    {
        var times = new List<double>();
        for (double t = 1; t <= Options.MaxSteadyStateTime; t *= 10)
        {
            times.Add(t);
        }

        SimulationResult result;
        try
        {
            result = ModelSimulator.Simulate(instance, new SimulationSettings { EndTime = times[^1], OutputTimes = times, Options = OdeOptions(), Algorithm = Options.Algorithm });
        }
        catch (Exception ex) when (ex is OdeSolverException or ModelValidationException)
        {
            throw new PetabException($"The steady-state simulation of condition '{conditionId}' failed: {ex.Message}", ex);
        }

        for (int r = 1; r < times.Count; r++)
        {
            var previous = result.Row(r - 1);
            var current = result.Row(r);
            bool steady = true;
            for (int i = 0; i < current.Length && steady; i++)
            {
                steady = Math.Abs(current[i] - previous[i]) <= Options.SteadyStateAbsoluteTolerance + (Options.SteadyStateRelativeTolerance * Math.Abs(current[i]));
            }

            if (steady)
            {
                return (result, r);
            }
        }

        throw new PetabException($"Condition '{conditionId}' reached no steady state by t = {Options.MaxSteadyStateTime.ToString("G3", CultureInfo.InvariantCulture)}: the states still changed over the last decade of time.");
    }

    private sealed record ConditionPair(string? Preequilibration, string Simulation, ImmutableArray<int> Measurements);
}
