using System.Globalization;

namespace Abscopal.Trials.Designs;

/// <summary>
/// A group-size question (trial key <c>power</c>): the smallest number of animals per group whose responder comparison
/// with the first group (Fisher's exact test, two-sided) reaches <see cref="TargetPower"/> at level <see cref="Alpha"/>,
/// searched over [<see cref="MinGroupSize"/>, <see cref="MaxGroupSize"/>] by <see cref="Replicates"/> simulated experiments.
/// </summary>
public sealed record GroupSizeSpec
{
    /// <summary>Creates a question; defaults: 80% power, α = 0.05, 200 replicates, 3 to 20 animals per group.</summary>
    /// <exception cref="ArgumentException">A value out of range; the message starts with the field.</exception>
    public GroupSizeSpec(double targetPower = 0.8, double alpha = 0.05, int replicates = 200, int minGroupSize = 3, int maxGroupSize = 20)
    {
        Check(targetPower is > 0 and < 1, nameof(targetPower), $"target: {targetPower} is impossible; allowed: (0, 1).");
        Check(alpha is > 0 and < 1, nameof(alpha), $"alpha: {alpha} is impossible; allowed: (0, 1).");
        Check(replicates is >= 1 and <= MaxReplicates, nameof(replicates), $"replicates: {replicates} is impossible; allowed: 1 to {MaxReplicates}.");
        Check(minGroupSize is >= 1 and <= MaxAnimalsPerGroup, nameof(minGroupSize), $"min_group_size: {minGroupSize} is impossible; allowed: 1 to {MaxAnimalsPerGroup}.");
        Check(maxGroupSize >= minGroupSize && maxGroupSize <= MaxAnimalsPerGroup, nameof(maxGroupSize), $"max_group_size: {maxGroupSize} is impossible; allowed: min_group_size ({minGroupSize}) to {MaxAnimalsPerGroup}.");
        TargetPower = targetPower;
        Alpha = alpha;
        Replicates = replicates;
        MinGroupSize = minGroupSize;
        MaxGroupSize = maxGroupSize;
    }

    /// <summary>Most simulated experiments.</summary>
    public const int MaxReplicates = 10_000;

    /// <summary>Largest group size searched.</summary>
    public const int MaxAnimalsPerGroup = 200;

    /// <summary>Power to reach, in (0, 1).</summary>
    public double TargetPower { get; }

    /// <summary>Two-sided significance level, in (0, 1).</summary>
    public double Alpha { get; }

    /// <summary>Simulated experiments per group size.</summary>
    public int Replicates { get; }

    /// <summary>Smallest group size tried.</summary>
    public int MinGroupSize { get; }

    /// <summary>Largest group size tried.</summary>
    public int MaxGroupSize { get; }

    private static void Check(bool ok, string parameter, FormattableString message)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(parameter, message.ToString(CultureInfo.InvariantCulture));
        }
    }
}
