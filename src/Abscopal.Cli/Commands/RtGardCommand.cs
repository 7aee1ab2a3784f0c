using System.CommandLine;
using System.Globalization;
using Abscopal.Radiobiology;
using Abscopal.Radiobiology.Genomics;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal rt gard</c>: α and GARD from an RSI (or from the ten genes' expression) and a schedule.</summary>
internal static class RtGardCommand
{
    public static Command Create(TextWriter stdout)
    {
        var rsi = new Option<double?>("--rsi") { Description = "Radiosensitivity index, in (0, 1]." };
        var genes = new Option<string?>("--genes") { Description = "Expression of the ten RSI genes, e.g. AR=7.1,JUN=9.0,STAT1=8.2,PRKCB=5.5,RELA=8.8,ABL1=7.9,SUMO1=10.2,CDK1=6.4,HDAC1=9.7,IRF1=8.1 (ranked among themselves)." };
        var dose = RtCommand.DosePerFraction();
        var fractions = RtCommand.Fractions();
        var json = RtCommand.JsonOption();
        var command = new Command("gard", "Genomic-adjusted radiation dose (Scott 2017): α = −ln(RSI)/2 − 0.1, GARD = n·d·(α + 0.05·d) (JSON keys alpha, gard).")
        {
            rsi, genes, dose, fractions, json,
        };
        command.SetAction(parse =>
        {
            double? given = parse.GetValue(rsi);
            string? geneText = parse.GetValue(genes);
            if ((given is null) == (geneText is null))
            {
                throw new UsageException("Give exactly one of --rsi and --genes.");
            }

            double index = given ?? RsiFromGenes(geneText!);
            if (!(index > 0 && index <= 1))
            {
                throw new UsageException(given is null
                    ? $"--genes gives RSI {OptionChecks.Format(index)}, outside (0, 1]; GARD needs an RSI in (0, 1]."
                    : $"--rsi must be in (0, 1], not {OptionChecks.Format(index)}.");
            }

            var schedule = new FractionSchedule(
                OptionChecks.Positive("--dose-per-fraction", parse.GetValue(dose), "Gy"),
                OptionChecks.AtLeast("--fractions", parse.GetValue(fractions), 1));
            double alpha = Gard.AlphaFromRsi(index);
            double gard = Gard.Of(index, schedule);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.Number("alpha", alpha);
                    w.Number("gard", gard);
                    w.WriteEndObject();
                });
            }
            else
            {
                stdout.WriteLine($"schedule  {schedule}");
                stdout.WriteLine($"RSI       {OptionChecks.Fixed(index, 4)} ({(index <= RadiosensitivityIndex.RadiosensitiveThreshold ? "radiosensitive" : "radioresistant")}, threshold 0.3745)");
                stdout.WriteLine($"alpha     {OptionChecks.Fixed(alpha, 3)} /Gy (beta 0.05 /Gy²)");
                stdout.WriteLine($"GARD      {OptionChecks.Fixed(gard, 1)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static double RsiFromGenes(string text)
    {
        var expression = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(item[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw new UsageException($"--genes: '{item}' is not GENE=number.");
            }

            string gene = item[..eq].Trim();
            string? canonical = RadiosensitivityIndex.CanonicalGene(gene)
                ?? throw new UsageException(UnknownValue.Message("gene", "--genes", gene, RadiosensitivityIndex.Genes));
            if (!expression.TryAdd(canonical, value))
            {
                throw new UsageException($"--genes: {canonical} is given twice.");
            }
        }

        var missing = RadiosensitivityIndex.Genes.Where(g => !expression.ContainsKey(g)).ToArray();
        if (missing.Length > 0)
        {
            throw new UsageException($"--genes needs all ten RSI genes; missing: {string.Join(", ", missing)}.");
        }

        return RadiosensitivityIndex.FromExpression(expression);
    }
}
