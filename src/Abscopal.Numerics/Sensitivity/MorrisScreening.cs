using Abscopal.Numerics.Random;

namespace Abscopal.Numerics.Sensitivity;

/// <summary>Morris's one-at-a-time elementary-effects screening on [0, 1]^k (map to parameter ranges with each input's quantile function).</summary>
/// <remarks>
/// Morris (1991), doi:10.1080/00401706.1991.10484804: r random trajectories of k + 1 points on a p-level grid, each step changing one
/// input by Δ = p/(2(p − 1)); μ* from Campolongo, Cariboni &amp; Saltelli (2007), doi:10.1016/j.envsoft.2006.10.004.
/// </remarks>
public static class MorrisScreening
{
    /// <summary>The design: <paramref name="trajectories"/>·(k + 1) points, row-major, on a <paramref name="levels"/>-level grid (even, ≥ 2) in [0, 1]^k.</summary>
    public static double[] Design(int inputs, int trajectories, int levels, ref RandomStream random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trajectories);
        if (levels < 2 || levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "The number of grid levels must be even and ≥ 2.");
        }

        int k = inputs;
        double delta = levels / (2.0 * (levels - 1));
        var design = new double[trajectories * (k + 1) * k];
        var order = new int[k];
        for (int t = 0; t < trajectories; t++)
        {
            var block = design.AsSpan(t * (k + 1) * k, (k + 1) * k);

            // Base point on the lower half of the grid so that x + Δ ≤ 1; each input moves up or down with probability ½.
            for (int i = 0; i < k; i++)
            {
                double x = random.NextInt32(levels / 2) / (double)(levels - 1);
                block[i] = random.NextInt32(2) == 0 ? x : x + delta;
                order[i] = i;
            }

            for (int i = k - 1; i > 0; i--)
            {
                int r = random.NextInt32(i + 1);
                (order[i], order[r]) = (order[r], order[i]);
            }

            for (int step = 1; step <= k; step++)
            {
                var previous = block.Slice((step - 1) * k, k);
                var current = block.Slice(step * k, k);
                previous.CopyTo(current);
                int i = order[step - 1];
                current[i] = previous[i] + delta <= 1 + 1e-12 ? previous[i] + delta : previous[i] - delta;
            }
        }

        return design;
    }

    /// <summary>Elementary-effect statistics from a <see cref="Design"/> and the model outputs at its rows.</summary>
    public static MorrisEffects Analyze(ReadOnlySpan<double> design, ReadOnlySpan<double> outputs, int inputs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        int k = inputs;
        int rows = outputs.Length;
        if (design.Length != rows * k || rows % (k + 1) != 0)
        {
            throw new ArgumentException($"A Morris design for {k} inputs has r·(k + 1) rows of {k} values and one output per row.", nameof(outputs));
        }

        int r = rows / (k + 1);
        var sum = new double[k];
        var sumAbsolute = new double[k];
        var sumSquares = new double[k];
        var count = new int[k];
        for (int t = 0; t < r; t++)
        {
            for (int step = 1; step <= k; step++)
            {
                int row = (t * (k + 1)) + step;
                int changed = -1;
                for (int i = 0; i < k; i++)
                {
                    if (design[(row * k) + i] != design[((row - 1) * k) + i])
                    {
                        if (changed >= 0)
                        {
                            throw new ArgumentException($"Rows {row - 1} and {row} differ in more than one input; pass a Morris design.", nameof(design));
                        }

                        changed = i;
                    }
                }

                if (changed < 0)
                {
                    throw new ArgumentException($"Rows {row - 1} and {row} are equal; pass a Morris design.", nameof(design));
                }

                double effect = (outputs[row] - outputs[row - 1]) / (design[(row * k) + changed] - design[((row - 1) * k) + changed]);
                sum[changed] += effect;
                sumAbsolute[changed] += Math.Abs(effect);
                sumSquares[changed] += effect * effect;
                count[changed]++;
            }
        }

        var mean = new double[k];
        var meanAbsolute = new double[k];
        var sd = new double[k];
        for (int i = 0; i < k; i++)
        {
            mean[i] = sum[i] / count[i];
            meanAbsolute[i] = sumAbsolute[i] / count[i];
            sd[i] = count[i] > 1 ? Math.Sqrt(Math.Max(0, (sumSquares[i] - (count[i] * mean[i] * mean[i])) / (count[i] - 1))) : double.NaN;
        }

        return new MorrisEffects(mean, meanAbsolute, sd, r);
    }

    /// <summary>Designs, evaluates <paramref name="model"/> at every point and analyses; the design comes from the stream (<paramref name="seed"/>, 0).</summary>
    public static MorrisEffects Run(Func<ReadOnlySpan<double>, double> model, int inputs, int trajectories, int levels = 4, ulong seed = 0)
    {
        var random = new RandomStream(seed, 0, 0x4D0E);
        double[] design = Design(inputs, trajectories, levels, ref random);
        var outputs = new double[design.Length / inputs];
        for (int row = 0; row < outputs.Length; row++)
        {
            outputs[row] = model(design.AsSpan(row * inputs, inputs));
        }

        return Analyze(design, outputs, inputs);
    }
}
