using System.Collections.ObjectModel;
using System.Globalization;

namespace Abscopal.Radiobiology.Genomics;

/// <summary>
/// The 10-gene radiosensitivity index (RSI), an estimate of the surviving fraction at 2 Gy (dimensionless): each gene's
/// expression is ranked among the ten (1 = lowest, 10 = highest; ties get their average rank) and
/// RSI = Σ coefficient·rank (Eschrich et al. 2009, Int J Radiat Oncol Biol Phys 75:489; coefficients as in the Moffitt
/// reference R code, "RankCoefficient" column). RSI ≤ 0.3745 is called radiosensitive (Strom 2017, Eur J Cancer).
/// </summary>
/// <remarks>
/// The eighth gene is CDK1 (p34cdc2) in the paper's text as recalled in SCIENCE.md; the public reference code gives the
/// same coefficient to Affymetrix probe 205962_at and labels it PAK2 [check]. Both names are accepted here.
/// </remarks>
public static class RadiosensitivityIndex
{
    /// <summary>RSI at or below which a tumour is called radiosensitive (dimensionless; Strom 2017).</summary>
    public const double RadiosensitiveThreshold = 0.3745;

    private static readonly string[] s_genes = ["AR", "JUN", "STAT1", "PRKCB", "RELA", "ABL1", "SUMO1", "CDK1", "HDAC1", "IRF1"];

    // Rank coefficients, full precision from the Moffitt reference code (rounded to 7 digits in SCIENCE.md §2).
    private static readonly double[] s_coefficients =
    [
        -0.00980092741843779, 0.0128282697929755, 0.0254552046046931, -0.00175888592095915, -0.00381713588908642,
        0.107021274358643, -0.00025093287356907, -0.00924314364533049, -0.020446868981449, -0.0441682719957224,
    ];

    private static readonly Dictionary<string, int> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AR"] = 0,
        ["JUN"] = 1,
        ["CJUN"] = 1,
        ["C-JUN"] = 1,
        ["STAT1"] = 2,
        ["PRKCB"] = 3,
        ["PKC"] = 3,
        ["RELA"] = 4,
        ["ABL1"] = 5,
        ["CABL"] = 5,
        ["C-ABL"] = 5,
        ["SUMO1"] = 6,
        ["CDK1"] = 7,
        ["CDC2"] = 7,
        ["PAK2"] = 7,
        ["HDAC1"] = 8,
        ["IRF1"] = 9,
    };

    /// <summary>The ten gene symbols, in coefficient order.</summary>
    public static ReadOnlyCollection<string> Genes { get; } = Array.AsReadOnly(s_genes);

    /// <summary>The rank coefficients (dimensionless), in the order of <see cref="Genes"/>.</summary>
    public static ReadOnlyCollection<double> Coefficients { get; } = Array.AsReadOnly(s_coefficients);

    /// <summary>Canonical gene symbol for <paramref name="name"/> (accepts JUN/cJun, ABL1/cABL, PRKCB/PKC, CDK1/CDC2/PAK2), or null if it is not one of the ten.</summary>
    public static string? CanonicalGene(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_aliases.TryGetValue(name.Trim(), out int index) ? s_genes[index] : null;
    }

    /// <summary>RSI (dimensionless) from ranks 1–10, one per gene in the order of <see cref="Genes"/>.</summary>
    /// <param name="ranks">Ten ranks, each in [1, 10].</param>
    public static double FromRanks(ReadOnlySpan<double> ranks)
    {
        if (ranks.Length != s_genes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(ranks), ranks.Length, "ranks must hold exactly 10 values, one per gene.");
        }

        double rsi = 0;
        for (int i = 0; i < ranks.Length; i++)
        {
            Require.InRange(ranks[i], 1, 10, lowOpen: false, nameof(ranks));
            rsi += s_coefficients[i] * ranks[i];
        }

        return rsi;
    }

    /// <summary>RSI (dimensionless) from the expression of the ten genes (any one scale, e.g. log2 RMA), ranked among themselves.</summary>
    /// <param name="expression">Expression by gene symbol (aliases accepted); all ten genes, each finite.</param>
    /// <exception cref="ArgumentException">A gene is missing, unknown or given twice.</exception>
    public static double FromExpression(IReadOnlyDictionary<string, double> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var values = new double[s_genes.Length];
        var seen = new bool[s_genes.Length];
        foreach (var (name, value) in expression)
        {
            if (!s_aliases.TryGetValue(name.Trim(), out int index))
            {
                throw new ArgumentException($"'{name}' is not one of the ten RSI genes ({string.Join(", ", s_genes)}).", nameof(expression));
            }

            if (seen[index])
            {
                throw new ArgumentException($"Gene {s_genes[index]} is given twice.", nameof(expression));
            }

            values[index] = Require.Finite(value, nameof(expression));
            seen[index] = true;
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Gene {s_genes[missing]} is missing; RSI needs all ten ({string.Join(", ", s_genes)})."), nameof(expression));
        }

        return FromRanks(Ranks(values));
    }

    /// <summary>Ascending ranks 1..n with ties given their average rank (R's rank(), as in the reference code).</summary>
    internal static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        int start = 0;
        while (start < order.Length)
        {
            int end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            double average = ((start + end) / 2.0) + 1;
            for (int k = start; k <= end; k++)
            {
                ranks[order[k]] = average;
            }

            start = end + 1;
        }

        return ranks;
    }
}
