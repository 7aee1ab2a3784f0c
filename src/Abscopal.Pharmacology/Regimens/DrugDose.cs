using System.Globalization;

using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Regimens;

/// <summary>A dose of drug: a flat amount in mg, or an amount per kg of body weight in mg/kg.</summary>
public readonly record struct DrugDose
{
    private DrugDose(double amount, bool perKilogram)
    {
        Amount = Require.Positive(amount, nameof(amount));
        PerKilogram = perKilogram;
    }

    /// <summary>The amount: mg for a flat dose, mg/kg for a weight-based dose.</summary>
    public double Amount { get; }

    /// <summary>Whether <see cref="Amount"/> is in mg/kg.</summary>
    public bool PerKilogram { get; }

    /// <summary>A flat dose of <paramref name="mg"/> mg (&gt; 0).</summary>
    public static DrugDose Flat(double mg) => new(mg, perKilogram: false);

    /// <summary>A weight-based dose of <paramref name="mgPerKg"/> mg/kg (&gt; 0).</summary>
    public static DrugDose PerKg(double mgPerKg) => new(mgPerKg, perKilogram: true);

    /// <summary>The amount given to a patient (or mouse) of <paramref name="weightKg"/> kg, in mg.</summary>
    /// <param name="weightKg">Body weight, in kg; &gt; 0.</param>
    public double MgFor(double weightKg) => PerKilogram ? Amount * Require.Positive(weightKg, nameof(weightKg)) : Amount;

    /// <summary>"200 mg" or "3 mg/kg".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.###} {(PerKilogram ? "mg/kg" : "mg")}");
}
