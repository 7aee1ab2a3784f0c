using System.CommandLine;
using Abscopal.Radiobiology;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal rt bed|eqd2</c>: BED and EQD2 of a schedule, with optional repopulation and incomplete-repair terms.</summary>
internal static class RtDoseCommand
{
    public static Command Create(TextWriter stdout, string name)
    {
        var dose = RtCommand.DosePerFraction();
        var fractions = RtCommand.Fractions();
        var alphaBeta = RtCommand.AlphaBeta();
        var overall = new Option<double?>("--overall-days") { Description = "Overall treatment time T, in days (≥ 0); needed with --tk/--tpot/--alpha." };
        var tk = new Option<double?>("--tk") { Description = "Kick-off time of repopulation Tk, in days (≥ 0)." };
        var tpot = new Option<double?>("--tpot") { Description = "Potential doubling time Tpot, in days (> 0)." };
        var alpha = new Option<double?>("--alpha") { Description = "Tumour α, in Gy⁻¹ (> 0), for the repopulation term." };
        var perDay = new Option<int>("--fractions-per-day") { Description = "Fractions per day, equally spaced (≥ 1; default 1). Above 1, incomplete repair (Thames h-factor) applies.", DefaultValueFactory = _ => 1 };
        var interval = new Option<double?>("--interval-hours") { Description = "Hours between fractions on the same day (> 0); needed with --fractions-per-day > 1." };
        var halfTime = new Option<double?>("--repair-half-time-hours") { Description = "Repair half-time, in hours (> 0); needed with --fractions-per-day > 1." };
        var json = RtCommand.JsonOption();
        string title = name == "bed" ? "Biologically effective dose" : "Equivalent dose in 2-Gy fractions";
        var command = new Command(name, $"{title} of a schedule: prints BED and EQD2, in Gy (JSON keys bed_gy, eqd2_gy).")
        {
            dose, fractions, alphaBeta, overall, tk, tpot, alpha, perDay, interval, halfTime, json,
        };
        command.SetAction(parse =>
        {
            double d = OptionChecks.Positive("--dose-per-fraction", parse.GetValue(dose), "Gy");
            int n = OptionChecks.AtLeast("--fractions", parse.GetValue(fractions), 1);
            double ab = OptionChecks.Positive("--alpha-beta", parse.GetValue(alphaBeta), "Gy");
            var time = Repopulation(parse.GetValue(overall), parse.GetValue(tk), parse.GetValue(tpot), parse.GetValue(alpha));
            var repair = Repair(parse.GetValue(perDay), parse.GetValue(interval), parse.GetValue(halfTime));
            var schedule = new FractionSchedule(d, n);
            double bed = Bed.Of(schedule, ab, time, repair);
            double eqd2 = Eqd2.FromBed(bed, ab);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.Number("bed_gy", bed);
                    w.Number("eqd2_gy", eqd2);
                    w.WriteEndObject();
                });
            }
            else
            {
                stdout.WriteLine($"schedule     {schedule}");
                stdout.WriteLine($"alpha/beta   {OptionChecks.Format(ab)} Gy");
                if (time is not null)
                {
                    stdout.WriteLine($"repopulation −{OptionChecks.Fixed(time.BedLossGy, 2)} Gy (T {OptionChecks.Format(time.OverallDays)} d, Tk {OptionChecks.Format(time.KickoffDays)} d, Tpot {OptionChecks.Format(time.PotentialDoublingDays)} d, α {OptionChecks.Format(time.AlphaPerGy)} /Gy)");
                }

                if (repair is not null)
                {
                    stdout.WriteLine($"repair       h = {OptionChecks.Fixed(repair.HFactor, 4)} ({repair.FractionsPerDay} fractions/day, {OptionChecks.Format(repair.IntervalHours)} h apart, T½ {OptionChecks.Format(repair.RepairHalfTimeHours)} h)");
                }

                stdout.WriteLine($"BED          {OptionChecks.Fixed(bed, 2)} Gy");
                stdout.WriteLine($"EQD2         {OptionChecks.Fixed(eqd2, 2)} Gy");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Repopulation? Repopulation(double? overall, double? tk, double? tpot, double? alpha)
    {
        if (tk is null && tpot is null && alpha is null)
        {
            return null;
        }

        if (overall is null || tk is null || tpot is null || alpha is null)
        {
            throw new UsageException("The repopulation term needs all of --overall-days, --tk, --tpot and --alpha.");
        }

        return new Repopulation(
            OptionChecks.NonNegative("--overall-days", overall.Value, "days"),
            OptionChecks.NonNegative("--tk", tk.Value, "days"),
            OptionChecks.Positive("--tpot", tpot.Value, "days"),
            OptionChecks.Positive("--alpha", alpha.Value, "Gy⁻¹"));
    }

    private static IncompleteRepair? Repair(int perDay, double? interval, double? halfTime)
    {
        OptionChecks.AtLeast("--fractions-per-day", perDay, 1);
        if (perDay == 1)
        {
            return null;
        }

        if (interval is null || halfTime is null)
        {
            throw new UsageException("--fractions-per-day above 1 needs --interval-hours and --repair-half-time-hours.");
        }

        return new IncompleteRepair(perDay, OptionChecks.Positive("--interval-hours", interval.Value, "hours"), OptionChecks.Positive("--repair-half-time-hours", halfTime.Value, "hours"));
    }
}
