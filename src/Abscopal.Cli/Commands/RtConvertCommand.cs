using System.CommandLine;
using Abscopal.Radiobiology;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal rt convert</c>: the iso-effective schedule (same BED at the same α/β) for a new fraction number or size.</summary>
internal static class RtConvertCommand
{
    public static Command Create(TextWriter stdout)
    {
        var dose = RtCommand.DosePerFraction();
        var fractions = RtCommand.Fractions();
        var alphaBeta = RtCommand.AlphaBeta();
        var toFractions = new Option<int?>("--to-fractions") { Description = "Number of fractions of the new schedule (≥ 1)." };
        var toDose = new Option<double?>("--to-dose-per-fraction") { Description = "Dose per fraction of the new schedule, in Gy (> 0)." };
        var json = RtCommand.JsonOption();
        var command = new Command("convert", "Iso-effective conversion: keeps n·d·(1 + d/(α/β)); give --to-fractions or --to-dose-per-fraction (JSON keys bed_gy, eqd2_gy, dose_per_fraction_gy, fractions, total_dose_gy).")
        {
            dose, fractions, alphaBeta, toFractions, toDose, json,
        };
        command.SetAction(parse =>
        {
            var from = new FractionSchedule(
                OptionChecks.Positive("--dose-per-fraction", parse.GetValue(dose), "Gy"),
                OptionChecks.AtLeast("--fractions", parse.GetValue(fractions), 1));
            double ab = OptionChecks.Positive("--alpha-beta", parse.GetValue(alphaBeta), "Gy");
            int? n2 = parse.GetValue(toFractions);
            double? d2 = parse.GetValue(toDose);
            if ((n2 is null) == (d2 is null))
            {
                throw new UsageException("Give exactly one of --to-fractions and --to-dose-per-fraction.");
            }

            double bed = Bed.Of(from, ab);
            double newDose;
            double newFractions;
            if (n2 is not null)
            {
                newFractions = OptionChecks.AtLeast("--to-fractions", n2.Value, 1);
                newDose = IsoEffect.DosePerFractionFor(bed, ab, n2.Value);
            }
            else
            {
                newDose = OptionChecks.Positive("--to-dose-per-fraction", d2!.Value, "Gy");
                newFractions = IsoEffect.FractionsFor(bed, ab, newDose);
            }

            double eqd2 = Eqd2.FromBed(bed, ab);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.Number("bed_gy", bed);
                    w.Number("eqd2_gy", eqd2);
                    w.Number("dose_per_fraction_gy", newDose);
                    w.Number("fractions", newFractions);
                    w.Number("total_dose_gy", newDose * newFractions);
                    w.WriteEndObject();
                });
            }
            else
            {
                stdout.WriteLine($"from         {from}, alpha/beta {OptionChecks.Format(ab)} Gy: BED {OptionChecks.Fixed(bed, 2)} Gy, EQD2 {OptionChecks.Fixed(eqd2, 2)} Gy");
                stdout.WriteLine($"iso-effect   {OptionChecks.Fixed(newDose * newFractions, 2)} Gy in {OptionChecks.Format(Math.Round(newFractions, 3))} fractions of {OptionChecks.Fixed(newDose, 3)} Gy");
                if (n2 is null && Math.Abs(newFractions - Math.Round(newFractions)) > 1e-9)
                {
                    stdout.WriteLine($"             (not a whole number of fractions: round and re-run with --to-fractions {Math.Max(1, (int)Math.Round(newFractions))})");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
