using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;
using Abscopal.Trials.Designs;

namespace Abscopal.Trials.Preclinical;

/// <summary>
/// Group size by repeated simulation: R experiments of every size n in [min, max], each group compared with the first by
/// Fisher's exact test on responders. Animals are simulated once: R blocks of max animals per group, and experiment r of
/// size n takes the first n animals of block r (common random numbers, so power is estimated for all sizes from
/// R × max animals per group and does not jump between neighbouring sizes by sampling noise alone).
/// </summary>
public static class GroupSizeSearch
{
    /// <summary>Searches the group size of <paramref name="design"/> for <paramref name="spec"/> (the design's <c>power</c> block when null).</summary>
    /// <exception cref="ArgumentException">No responder rule, fewer than two groups, or no question.</exception>
    public static GroupSizeResult Search(TrialDesign design, GroupSizeSpec? spec = null, TrialRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        spec ??= design.Power ?? throw new ArgumentException("power: the design has no group-size question; give a GroupSizeSpec.", nameof(spec));
        if (design.Responder is null)
        {
            throw new ArgumentException("power: a group-size search compares responders; the design needs a responder rule.", nameof(design));
        }

        if (design.Arms.Length < 2)
        {
            throw new ArgumentException("power: a group-size search needs at least two groups.", nameof(design));
        }

        var block = spec.MaxGroupSize;
        var pool = VirtualTrial.Run(design with { PatientsPerArm = (long)spec.Replicates * block }, (options ?? TrialRunOptions.Default) with { KeepPatients = true });

        // responder[a][i]: animal i of group a (null where its simulation failed; it then does not count).
        var responder = new bool?[design.Arms.Length][];
        for (var a = 0; a < design.Arms.Length; a++)
        {
            responder[a] = new bool?[spec.Replicates * block];
        }

        var index = design.Arms.Select((arm, a) => (arm.Name, a)).ToDictionary(x => x.Name, x => x.a, StringComparer.Ordinal);
        foreach (var p in pool.Patients)
        {
            responder[index[p.Arm]][p.Index] = p.Responder;
        }

        var rows = ImmutableArray.CreateBuilder<GroupSizeRow>();
        var smallest = new int?[design.Arms.Length - 1];
        for (var n = spec.MinGroupSize; n <= spec.MaxGroupSize; n++)
        {
            var power = new ProportionEstimate[design.Arms.Length - 1];
            for (var a = 1; a < design.Arms.Length; a++)
            {
                var significant = new ProportionAccumulator();
                for (var r = 0; r < spec.Replicates; r++)
                {
                    var (x0, n0) = Count(responder[0], r * block, n);
                    var (x1, n1) = Count(responder[a], r * block, n);
                    significant.Add(FisherExactTest.Test(x1, n1 - x1, x0, n0 - x0).PValue < spec.Alpha);
                }

                power[a - 1] = significant.Wilson();
                if (smallest[a - 1] is null && power[a - 1].Value >= spec.TargetPower)
                {
                    smallest[a - 1] = n;
                }
            }

            rows.Add(new GroupSizeRow(n, [.. power]));
        }

        return new GroupSizeResult(spec, design.Arms[0].Name, [.. design.Arms.Skip(1).Select(a => a.Name)], rows.ToImmutable(), [.. smallest]);
    }

    private static (long Responders, long Animals) Count(bool?[] responder, int start, int n)
    {
        long x = 0, m = 0;
        for (var i = start; i < start + n; i++)
        {
            if (responder[i] is { } r)
            {
                m++;
                x += r ? 1 : 0;
            }
        }

        return (x, m);
    }
}
