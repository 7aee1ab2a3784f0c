namespace Abscopal.Radiobiology.Lymphocytes;

/// <summary>Exponential (D0/D37-type) survival of lymphocytes, S = exp(−D/D0), with its source.</summary>
public sealed record LymphocyteRadiosensitivity
{
    /// <summary>Creates the survival law.</summary>
    /// <param name="d0Gy">D0 (= D37), the dose leaving 37% alive, in Gy; &gt; 0.</param>
    /// <param name="source">Where the value comes from.</param>
    public LymphocyteRadiosensitivity(double d0Gy, string source)
    {
        D0Gy = Require.Positive(d0Gy, nameof(d0Gy));
        Source = source ?? string.Empty;
    }

    /// <summary>In vivo human D0 ≈ 1.2 Gy after total-body exposure (PMID 3303160; SCIENCE.md §2): the default.</summary>
    public static LymphocyteRadiosensitivity InVivo { get; } = new(1.2, "in vivo human D0 ≈ 1.2 Gy, total-body exposure (PMID 3303160, via SCIENCE.md §2)");

    /// <summary>In vitro sensitive fraction, D37 ≈ 0.7 Gy (Int J Radiat Biol 1982; SCIENCE.md §2).</summary>
    public static LymphocyteRadiosensitivity InVitroSensitive { get; } = new(0.7, "in vitro D37 ≈ 0.7 Gy, sensitive fraction (Int J Radiat Biol 1982, via SCIENCE.md §2)");

    /// <summary>Exponential law with LD50 = 2 Gy, the circulating-lymphocyte assumption of Yovino 2013 (D0 = 2/ln2 Gy) [check].</summary>
    public static LymphocyteRadiosensitivity Yovino { get; } = new(2 / Math.Log(2), "LD50 ≈ 2 Gy (Yovino et al. 2013, Cancer Invest 31:140) as an exponential law [check]");

    /// <summary>D0, in Gy.</summary>
    public double D0Gy { get; }

    /// <summary>Source of <see cref="D0Gy"/>.</summary>
    public string Source { get; }

    /// <summary>Surviving fraction (dimensionless) after <paramref name="doseGy"/> Gy.</summary>
    public double SurvivingFraction(double doseGy) => Math.Exp(-Require.NonNegative(doseGy, nameof(doseGy)) / D0Gy);
}
