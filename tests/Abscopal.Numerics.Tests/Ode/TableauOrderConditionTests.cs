using Abscopal.Numerics.Ode.Internal;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// The coefficient sets checked against their order conditions. Runge–Kutta: Butcher's conditions Σ b_i Φ_i(τ) = 1/γ(τ) for
/// every rooted tree τ (Hairer, Nørsett &amp; Wanner I, §II.2, Theorem 2.13), generated here for all 17 trees of order ≤ 5.
/// Rosenbrock: the eight conditions of order ≤ 4 of Hairer &amp; Wanner II, §IV.7, Table 7.1, after undoing the
/// transformation u = Γk (ibid. eq. 7.4'). The coefficients are rationals (DP5) or printed to 16 digits (Rodas4), so the
/// residuals must be at round-off level, 1e-13.
/// </summary>
public sealed class TableauOrderConditionTests
{
    private const double RoundOff = 1e-13;

    /// <summary>A rooted tree as the multiset of its subtrees.</summary>
    private sealed record Tree(Tree[] Children)
    {
        public int Order => 1 + Children.Sum(c => c.Order);

        public double Density => Order * Children.Aggregate(1.0, (p, c) => p * c.Density);
    }

    private static List<Tree> TreesUpTo(int maxOrder)
    {
        // Trees of order n: a root over a non-increasing (by index) sequence of smaller trees with orders summing to n − 1.
        var trees = new List<Tree> { new([]) };
        for (int n = 2; n <= maxOrder; n++)
        {
            int before = trees.Count;
            var found = new List<Tree>();
            void Extend(List<Tree> chosen, int remaining, int maxIndex)
            {
                if (remaining == 0)
                {
                    found.Add(new Tree([.. chosen]));
                    return;
                }

                for (int k = Math.Min(maxIndex, before - 1); k >= 0; k--)
                {
                    if (trees[k].Order <= remaining)
                    {
                        chosen.Add(trees[k]);
                        Extend(chosen, remaining - trees[k].Order, k);
                        chosen.RemoveAt(chosen.Count - 1);
                    }
                }
            }

            Extend([], n - 1, before - 1);
            trees.AddRange(found);
        }

        return trees;
    }

    private static double[] Phi(Tree tree, double[,] a)
    {
        int s = a.GetLength(0);
        double[] phi = Enumerable.Repeat(1.0, s).ToArray();
        foreach (Tree child in tree.Children)
        {
            double[] inner = Phi(child, a);
            for (int i = 0; i < s; i++)
            {
                double sum = 0;
                for (int j = 0; j < s; j++)
                {
                    sum += a[i, j] * inner[j];
                }

                phi[i] *= sum;
            }
        }

        return phi;
    }

    private static double Residual(Tree tree, double[,] a, double[] b)
    {
        double[] phi = Phi(tree, a);
        return Enumerable.Range(0, b.Length).Sum(i => b[i] * phi[i]) - (1.0 / tree.Density);
    }

    [Fact]
    public void There_Are_17_Rooted_Trees_Of_Order_At_Most_5()
    {
        // Given the tree generator; Then 1 + 1 + 2 + 4 + 9 = 17 trees (Cayley; OEIS A000081; Butcher's table of trees)
        Assert.Equal(17, TreesUpTo(5).Count);
    }

    [Fact]
    public void Dormand_Prince_Weights_Satisfy_All_Butcher_Conditions_Up_To_Order_5()
    {
        // Given the DP5 tableau
        (double[,] a, double[] b, _, _) = DormandPrince5Tableau.ToArrays();

        // When every condition of order ≤ 5 is evaluated; Then all hold to round-off
        foreach (Tree tree in TreesUpTo(5))
        {
            Assert.InRange(Residual(tree, a, b), -RoundOff, RoundOff);
        }
    }

    [Fact]
    public void Dormand_Prince_Embedded_Weights_Are_Of_Order_4_Exactly()
    {
        // Given the embedded weights b̂ = b − e
        (double[,] a, _, double[] bHat, _) = DormandPrince5Tableau.ToArrays();
        List<Tree> trees = TreesUpTo(5);

        // Then conditions of order ≤ 4 hold and at least one of order 5 fails (so b − b̂ estimates the error)
        foreach (Tree tree in trees.Where(t => t.Order <= 4))
        {
            Assert.InRange(Residual(tree, a, bHat), -RoundOff, RoundOff);
        }

        Assert.Contains(trees.Where(t => t.Order == 5), t => Math.Abs(Residual(t, a, bHat)) > 1e-6);
    }

    [Fact]
    public void Dormand_Prince_Rows_Sum_To_The_Nodes_And_The_Last_Row_Is_B()
    {
        // Given the tableau; Then c_i = Σ_j a_ij (ibid. eq. 1.9) and row 7 equals b (first same as last)
        (double[,] a, double[] b, _, double[] c) = DormandPrince5Tableau.ToArrays();
        for (int i = 0; i < 7; i++)
        {
            double rowSum = Enumerable.Range(0, 7).Sum(j => a[i, j]);
            Assert.InRange(rowSum - c[i], -RoundOff, RoundOff);
            Assert.Equal(b[i], a[6, i]);
        }
    }

    /// <summary>Original Rosenbrock coefficients α, Γ (lower triangular, diagonal γ) and weights from the transformed RODAS form.</summary>
    private static (double[,] Alpha, double[,] Gamma, double[] B, double[] BHat) Untransform()
    {
        (double[,] aT, double[,] cT, _, _, double gamma) = Rodas4Tableau.ToArrays();
        const int s = 6;

        // Γ⁻¹ = I/γ − C (H&W II eq. 7.4'); invert the lower-triangular matrix by forward substitution.
        double[,] gammaInverse = new double[s, s];
        for (int i = 0; i < s; i++)
        {
            for (int j = 0; j < s; j++)
            {
                gammaInverse[i, j] = (i == j ? 1 / gamma : 0) - cT[i, j];
            }
        }

        double[,] g = new double[s, s];
        for (int j = 0; j < s; j++)
        {
            g[j, j] = 1 / gammaInverse[j, j];
            for (int i = j + 1; i < s; i++)
            {
                double sum = 0;
                for (int k = j; k < i; k++)
                {
                    sum += gammaInverse[i, k] * g[k, j];
                }

                g[i, j] = -sum / gammaInverse[i, i];
            }
        }

        // α = A·Γ; weights m = (a_51, …, a_54, 1, 1) for y1 and m̂ = row 6 of A for the embedded solution; b = m·Γ.
        double[,] alpha = new double[s, s];
        for (int i = 0; i < s; i++)
        {
            for (int j = 0; j < s; j++)
            {
                for (int k = 0; k < s; k++)
                {
                    alpha[i, j] += aT[i, k] * g[k, j];
                }
            }
        }

        double[] m = [aT[5, 0], aT[5, 1], aT[5, 2], aT[5, 3], aT[5, 4], 1];
        double[] mHat = [aT[5, 0], aT[5, 1], aT[5, 2], aT[5, 3], aT[5, 4], 0];
        double[] b = new double[s], bHat = new double[s];
        for (int j = 0; j < s; j++)
        {
            for (int k = 0; k < s; k++)
            {
                b[j] += m[k] * g[k, j];
                bHat[j] += mHat[k] * g[k, j];
            }
        }

        return (alpha, g, b, bHat);
    }

    /// <summary>Residuals of H&amp;W II Table 7.1 for orders ≤ 4 with β_ij = α_ij + γ_ij (j &lt; i).</summary>
    private static double[] RosenbrockResiduals(double[,] alpha, double[,] g, double[] b, double gamma)
    {
        const int s = 6;
        double[,] beta = new double[s, s];
        double[] betaRow = new double[s], alphaRow = new double[s];
        for (int i = 0; i < s; i++)
        {
            for (int j = 0; j < i; j++)
            {
                beta[i, j] = alpha[i, j] + g[i, j];
                betaRow[i] += beta[i, j];
                alphaRow[i] += alpha[i, j];
            }
        }

        double Sum(Func<int, double> term) => Enumerable.Range(0, s).Sum(term);
        double BetaDot(int i, double[] v) => Enumerable.Range(0, s).Sum(j => beta[i, j] * v[j]);
        double AlphaDot(int i, double[] v) => Enumerable.Range(0, s).Sum(j => alpha[i, j] * v[j]);
        double[] alphaSquared = [.. alphaRow.Select(x => x * x)];
        double[] betaBetaRow = [.. Enumerable.Range(0, s).Select(i => BetaDot(i, betaRow))];
        double gm = gamma;
        return
        [
            Sum(i => b[i]) - 1,
            Sum(i => b[i] * betaRow[i]) - (0.5 - gm),
            Sum(i => b[i] * alphaSquared[i]) - (1.0 / 3),
            Sum(i => b[i] * betaBetaRow[i]) - ((1.0 / 6) - gm + (gm * gm)),
            Sum(i => b[i] * alphaSquared[i] * alphaRow[i]) - 0.25,
            Sum(i => b[i] * alphaRow[i] * AlphaDot(i, betaRow)) - ((1.0 / 8) - (gm / 3)),
            Sum(i => b[i] * BetaDot(i, alphaSquared)) - ((1.0 / 12) - (gm / 3)),
            Sum(i => b[i] * BetaDot(i, betaBetaRow)) - ((1.0 / 24) - (gm / 2) + (1.5 * gm * gm) - (gm * gm * gm)),
        ];
    }

    [Fact]
    public void Rodas4_Satisfies_The_Rosenbrock_Conditions_Up_To_Order_4()
    {
        // Given RODAS4 in untransformed form
        (double[,] alpha, double[,] g, double[] b, _) = Untransform();

        // When the eight conditions of order ≤ 4 are evaluated; Then all hold to round-off
        foreach (double residual in RosenbrockResiduals(alpha, g, b, Rodas4Tableau.Gamma))
        {
            Assert.InRange(residual, -RoundOff, RoundOff);
        }
    }

    [Fact]
    public void Rodas4_Embedded_Solution_Is_Of_Order_3_Exactly()
    {
        // Given the embedded weights
        (double[,] alpha, double[,] g, _, double[] bHat) = Untransform();
        double[] residuals = RosenbrockResiduals(alpha, g, bHat, Rodas4Tableau.Gamma);

        // Then the four conditions of order ≤ 3 hold and some of order 4 fail
        Assert.All(residuals[..4], r => Assert.InRange(r, -RoundOff, RoundOff));
        Assert.Contains(residuals[4..], r => Math.Abs(r) > 1e-6);
    }

    [Fact]
    public void Rodas4_Nodes_And_Time_Coefficients_Agree_With_Its_Matrices()
    {
        // Given the transformed coefficients; Then c_i = Σ_j α_ij and d_i = Σ_{j ≤ i} γ_ij (H&W II eq. 7.4'), to print precision
        (double[,] alpha, double[,] g, _, _) = Untransform();
        (_, _, double[] nodes, double[] d, _) = Rodas4Tableau.ToArrays();
        for (int i = 0; i < 6; i++)
        {
            double alphaSum = Enumerable.Range(0, 6).Sum(j => alpha[i, j]);
            double gammaSum = Enumerable.Range(0, i + 1).Sum(j => g[i, j]);
            Assert.InRange(alphaSum - nodes[i], -1e-12, 1e-12);
            Assert.InRange(gammaSum - d[i], -1e-12, 1e-12);
        }
    }

    [Fact]
    public void Rodas4_Is_Stiffly_Accurate()
    {
        // Given the untransformed method; Then b_j = β_6j for j < 6 and b_6 = γ, i.e. y1 is the last stage value
        // (H&W II §VI.4: "stiffly accurate", which makes RODAS L-stable and good for DAEs)
        (double[,] alpha, double[,] g, double[] b, _) = Untransform();
        for (int j = 0; j < 5; j++)
        {
            Assert.InRange(b[j] - (alpha[5, j] + g[5, j]), -RoundOff, RoundOff);
        }

        Assert.InRange(b[5] - Rodas4Tableau.Gamma, -RoundOff, RoundOff);
    }
}
