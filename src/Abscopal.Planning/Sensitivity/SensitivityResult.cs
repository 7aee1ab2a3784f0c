using System.Collections.Immutable;

namespace Abscopal.Planning.Sensitivity;

/// <summary>What a study gave: the indices per factor, and every run's factor values and outcome, in run order (immutable).</summary>
public sealed class SensitivityResult
{
    private readonly double[] _unitSamples;
    private readonly double[] _factorValues;
    private readonly double[] _outcomes;

    internal SensitivityResult(SensitivityStudy study, SensitivityOptions options, double baseline, double[] unitSamples, double[] factorValues, double[] outcomes, ImmutableArray<FactorSensitivity> indices, double variance)
    {
        Study = study;
        Options = options;
        BaselineOutcome = baseline;
        _unitSamples = unitSamples;
        _factorValues = factorValues;
        _outcomes = outcomes;
        Indices = indices;
        OutcomeVariance = variance;
    }

    /// <summary>The study.</summary>
    public SensitivityStudy Study { get; }

    /// <summary>The options it ran with.</summary>
    public SensitivityOptions Options { get; }

    /// <summary>The outcome of the base request (every factor at the scenario's value), in the outcome's unit.</summary>
    public double BaselineOutcome { get; }

    /// <summary>The number of model runs (the base run not counted).</summary>
    public int Runs => _outcomes.Length;

    /// <summary>The design in unit coordinates, row-major: run r, factor j at [r·k + j], each in [0, 1].</summary>
    public ReadOnlySpan<double> UnitSamples => _unitSamples;

    /// <summary>The factor values of each run, row-major like <see cref="UnitSamples"/>, in each factor's units.</summary>
    public ReadOnlySpan<double> FactorValues => _factorValues;

    /// <summary>The outcome of each run, in the outcome's unit.</summary>
    public ReadOnlySpan<double> Outcomes => _outcomes;

    /// <summary>The indices, one per factor, in the study's factor order.</summary>
    public ImmutableArray<FactorSensitivity> Indices { get; }

    /// <summary>The sample variance of the outcome over the runs, in squared outcome units (for Sobol, the pooled variance of the A and B runs).</summary>
    public double OutcomeVariance { get; }
}
