using System.CommandLine;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal rt ...</c>: radiobiology calculators (BED, EQD2, GARD, constraints, iso-effective conversion).</summary>
internal static class RtCommand
{
    public static Command Create(TextWriter stdout) => new("rt", "Radiobiology: BED/EQD2, GARD from RSI, normal-tissue constraints and iso-effective conversion (research use only).")
    {
        RtDoseCommand.Create(stdout, "bed"),
        RtDoseCommand.Create(stdout, "eqd2"),
        RtGardCommand.Create(stdout),
        RtConstraintsCommand.Create(stdout),
        RtConvertCommand.Create(stdout),
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print only JSON on stdout." };

    public static Option<double> DosePerFraction() => new("--dose-per-fraction") { Description = "Dose per fraction, in Gy (> 0).", Required = true };

    public static Option<int> Fractions() => new("--fractions") { Description = "Number of fractions (≥ 1).", Required = true };

    public static Option<double> AlphaBeta() => new("--alpha-beta") { Description = "α/β of the tissue, in Gy (> 0); breast tumour ≈ 3.5, late effects ≈ 3, tumour/acute ≈ 10.", Required = true };
}
