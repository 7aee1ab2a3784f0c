using Abscopal.Radiobiology.Genomics;

namespace Abscopal.Radiobiology.Tests.Genomics;

public class RadiosensitivityIndexTests
{
    // Coefficients of SCIENCE.md §2 (Eschrich 2009), 7 significant digits.
    private static readonly double[] s_published = [-0.0098009, 0.0128283, 0.0254552, -0.0017589, -0.0038171, 0.1070213, -0.0002509, -0.0092431, -0.0204469, -0.0441683];

    [Fact]
    public void Coefficients_Match_The_Published_Ones()
    {
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(s_published[i], RadiosensitivityIndex.Coefficients[i], 7);
        }
    }

    [Fact]
    public void Rsi_Is_The_Coefficient_Weighted_Sum_Of_Ranks()
    {
        // Ranks 10..1 in gene order: Σ c_i·(11 − i) = 0.607183 (hand sum of the reference-code coefficients).
        double[] ranks = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        Assert.Equal(0.6071829734130407, RadiosensitivityIndex.FromRanks(ranks), 12);
    }

    [Fact]
    public void Expression_Is_Ranked_Among_The_Ten_Genes_Highest_10_Ties_Averaged()
    {
        // SCIENCE.md §2: rank 1–10, highest expression = 10; ties share the average rank as R's rank() in the reference code.
        var expression = new Dictionary<string, double>
        {
            ["AR"] = 1,
            ["cJun"] = 1,
            ["STAT1"] = 3,
            ["PKC"] = 4,
            ["RELA"] = 5,
            ["cABL"] = 6,
            ["SUMO1"] = 7,
            ["PAK2"] = 8,
            ["HDAC1"] = 9,
            ["IRF1"] = 10,
        };
        double[] ranks = [1.5, 1.5, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(RadiosensitivityIndex.FromRanks(ranks), RadiosensitivityIndex.FromExpression(expression), 14);

        // Shifting or scaling all expression values leaves the ranks, hence the RSI, unchanged.
        var shifted = expression.ToDictionary(kv => kv.Key, kv => (3 * kv.Value) + 100);
        Assert.Equal(RadiosensitivityIndex.FromExpression(expression), RadiosensitivityIndex.FromExpression(shifted), 14);
    }

    [Fact]
    public void A_Missing_Or_Unknown_Gene_Is_Rejected()
    {
        var nine = RadiosensitivityIndex.Genes.Take(9).ToDictionary(g => g, _ => 1.0);
        Assert.Contains("IRF1", Assert.Throws<ArgumentException>(() => RadiosensitivityIndex.FromExpression(nine)).Message, StringComparison.Ordinal);
        var wrong = RadiosensitivityIndex.Genes.Take(9).ToDictionary(g => g, _ => 1.0);
        wrong["TP53"] = 2;
        Assert.Contains("TP53", Assert.Throws<ArgumentException>(() => RadiosensitivityIndex.FromExpression(wrong)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cdk1_And_Pak2_Name_The_Same_Gene_Slot()
    {
        // SCIENCE.md §2 [check]: the paper lists CDK1 (p34cdc2), the reference code labels the probe PAK2.
        Assert.Equal("CDK1", RadiosensitivityIndex.CanonicalGene("PAK2"));
        Assert.Equal("CDK1", RadiosensitivityIndex.CanonicalGene("cdc2"));
        Assert.Null(RadiosensitivityIndex.CanonicalGene("BRCA1"));
    }
}
