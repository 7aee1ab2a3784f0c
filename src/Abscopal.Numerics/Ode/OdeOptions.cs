using System.Globalization;

namespace Abscopal.Numerics.Ode;

/// <summary>Tolerances, step limits and constraints for one integration; every value is checked when set.</summary>
/// <remarks>
/// The local error of a step is measured in the weighted RMS norm
/// sqrt(mean_i (e_i / (atol_i + rtol·max(|y_i(t_n)|, |y_i(t_n+1)|)))²) and a step is accepted when that norm is ≤ 1
/// (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.4, eq. 4.11).
/// </remarks>
public sealed record OdeOptions
{
    /// <summary>Smallest accepted relative tolerance, 100·eps (dimensionless); below it round-off dominates the error estimate.</summary>
    public const double MinRelativeTolerance = 100 * 2.220446049250313e-16;

    private readonly double _relativeTolerance = 1e-6;
    private readonly double _absoluteTolerance = 1e-9;
    private readonly double[]? _absoluteTolerances;
    private readonly double _initialStep;
    private readonly double _maxStep = double.PositiveInfinity;
    private readonly int _maxSteps = 100_000;
    private readonly int[]? _nonNegative;
    private readonly string[]? _stateNames;
    private readonly double? _fixedStep;

    /// <summary>Default options: rtol 1e-6, atol 1e-9, automatic initial step, no step limit, 100 000 steps.</summary>
    public static OdeOptions Default { get; } = new();

    /// <summary>Relative tolerance rtol (dimensionless), in [100·eps, 1]; default 1e-6.</summary>
    public double RelativeTolerance
    {
        get => _relativeTolerance;
        init => _relativeTolerance = CheckRelativeTolerance(value);
    }

    /// <summary>Absolute tolerance atol for every state, in state units, ≥ 0; default 1e-9; overridden by <see cref="AbsoluteTolerances"/>.</summary>
    public double AbsoluteTolerance
    {
        get => _absoluteTolerance;
        init => _absoluteTolerance = CheckNonNegative(value, nameof(AbsoluteTolerance));
    }

    /// <summary>Per-state absolute tolerances atol_i, in state units, each ≥ 0 (a copy is kept); null uses <see cref="AbsoluteTolerance"/>.</summary>
    public double[]? AbsoluteTolerances
    {
        get => _absoluteTolerances;
        init => _absoluteTolerances = CheckTolerances(value);
    }

    /// <summary>First step size, in time units, ≥ 0; 0 selects Hairer's automatic starting step (default).</summary>
    public double InitialStep
    {
        get => _initialStep;
        init => _initialStep = CheckNonNegative(value, nameof(InitialStep));
    }

    /// <summary>Largest step size, in time units, &gt; 0 (may be +∞, the default).</summary>
    public double MaxStep
    {
        get => _maxStep;
        init => _maxStep = value > 0 ? value : throw OutOfRange(nameof(MaxStep), value, "(0, +∞]");
    }

    /// <summary>Largest number of accepted plus rejected steps per solve, ≥ 1; default 100 000.</summary>
    public int MaxSteps
    {
        get => _maxSteps;
        init => _maxSteps = value >= 1 ? value : throw OutOfRange(nameof(MaxSteps), value, "[1, 2147483647]");
    }

    /// <summary>Indices of states that must stay ≥ 0 (a copy is kept): a step that drives one below −atol_i is rejected and retried smaller; tiny negatives at step ends and in the dense output are set to 0.</summary>
    public int[]? NonNegative
    {
        get => _nonNegative;
        init => _nonNegative = CheckIndices(value);
    }

    /// <summary>State names used in error messages (a copy is kept); null names states "y[i]".</summary>
    public string[]? StateNames
    {
        get => _stateNames;
        init => _stateNames = value is null ? null : (string[])value.Clone();
    }

    /// <summary>Constant step size, in time units, &gt; 0 and finite; when set there is no error control and steps land exactly on every stop.</summary>
    public double? FixedStep
    {
        get => _fixedStep;
        init => _fixedStep = value is null || (value > 0 && double.IsFinite(value.Value))
            ? value
            : throw OutOfRange(nameof(FixedStep), value, "(0, +∞) or null");
    }

    /// <summary>
    /// Whether the stiff solvers may factorise on the system's Jacobian sparsity pattern (<see cref="IOdeJacobianSparsity"/>)
    /// when it is sparse enough; false always uses the dense LU. Default true. Results agree with the dense path to round-off.
    /// </summary>
    public bool SparseLinearAlgebra { get; init; } = true;

    /// <summary>Checks every option value again; throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid one.</summary>
    public void Validate()
    {
        CheckRelativeTolerance(_relativeTolerance);
        CheckNonNegative(_absoluteTolerance, nameof(AbsoluteTolerance));
        CheckTolerances(_absoluteTolerances);
        CheckNonNegative(_initialStep, nameof(InitialStep));
        CheckIndices(_nonNegative);
    }

    /// <summary>Checks the options against a system of <paramref name="dimension"/> states (array lengths, index ranges).</summary>
    public void Validate(int dimension)
    {
        Validate();
        if (_absoluteTolerances is not null && _absoluteTolerances.Length != dimension)
        {
            throw Mismatch(nameof(AbsoluteTolerances), _absoluteTolerances.Length, dimension);
        }

        if (_stateNames is not null && _stateNames.Length != dimension)
        {
            throw Mismatch(nameof(StateNames), _stateNames.Length, dimension);
        }

        if (_nonNegative is not null)
        {
            foreach (int index in _nonNegative)
            {
                if (index >= dimension)
                {
                    throw OutOfRange(nameof(NonNegative), index, Format($"[0, {dimension - 1}] for a system of {dimension} states"));
                }
            }
        }
    }

    /// <summary>Absolute tolerance of state <paramref name="index"/>, in state units.</summary>
    public double AbsoluteToleranceOf(int index) => _absoluteTolerances is null ? _absoluteTolerance : _absoluteTolerances[index];

    /// <summary>Display name of state <paramref name="index"/>: its <see cref="StateNames"/> entry or "y[index]".</summary>
    public string StateNameOf(int index) =>
        _stateNames is not null && (uint)index < (uint)_stateNames.Length
            ? _stateNames[index]
            : string.Create(CultureInfo.InvariantCulture, $"y[{index}]");

    private static double CheckRelativeTolerance(double value) =>
        value >= MinRelativeTolerance && value <= 1.0
            ? value
            : throw OutOfRange(nameof(RelativeTolerance), value, "[2.22e-14 (100·eps), 1]");

    private static double CheckNonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? value : throw OutOfRange(name, value, "[0, +∞) and finite");

    private static double[]? CheckTolerances(double[]? values)
    {
        if (values is null)
        {
            return null;
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0 && double.IsFinite(values[i])))
            {
                throw OutOfRange(nameof(AbsoluteTolerances), values[i], Format($"[0, +∞) and finite (entry {i})"));
            }
        }

        return (double[])values.Clone();
    }

    private static int[]? CheckIndices(int[]? values)
    {
        if (values is null)
        {
            return null;
        }

        foreach (int index in values)
        {
            if (index < 0)
            {
                throw OutOfRange(nameof(NonNegative), index, "[0, Dimension − 1]");
            }
        }

        return (int[])values.Clone();
    }

    private static ArgumentOutOfRangeException OutOfRange(string name, object? value, string range) =>
        new(name, value, Format($"{name} must be in {range}; got {value}."));

    private static ArgumentException Mismatch(string name, int length, int dimension) =>
        new(Format($"{name} has {length} entries but the system has {dimension} states."), name);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
