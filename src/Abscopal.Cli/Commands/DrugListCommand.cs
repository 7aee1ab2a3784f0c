using System.CommandLine;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal drug list</c>: the drugs, their targets, PK half-lives and named regimens.</summary>
internal static class DrugListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var json = RtCommand.JsonOption();
        var command = new Command("list", "List the drugs and named regimens with their sources.") { json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("drugs");
                    foreach (var drug in DrugLibrary.All)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", drug.Name);
                        w.WriteString("target", Target(drug.Target));
                        w.WriteBoolean("for_mouse", drug.ForMouse);
                        w.WriteBoolean("has_pk", drug.Pk is not null);
                        w.Number("half_life_days", drug.Pk?.ForWeight(70).TerminalHalfLifeDays ?? double.NaN);
                        w.Number("label_half_life_days", drug.LabelHalfLifeDays);
                        w.Number("kd_nM", drug.KdNanomolar);
                        w.WriteString("pk_source", drug.Pk?.Source ?? string.Empty);
                        w.WriteStartArray("regimens");
                        foreach (var regimen in RegimenLibrary.ForDrug(drug.Name))
                        {
                            w.WriteStartObject();
                            w.WriteString("name", regimen.Name);
                            w.WriteString("dose", regimen.Dose.ToString());
                            w.Number("interval_days", regimen.IntervalDays);
                            w.Numbers("days_in_interval", regimen.DayPattern);
                            w.Number("periods", regimen.Periods ?? double.NaN);
                            w.WriteString("source", regimen.Source);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            stdout.WriteLine($"{"drug",-20} {"target",-7} {"t½ (d), 70 kg",-15} regimens");
            foreach (var drug in DrugLibrary.All)
            {
                string halfLife = drug.Pk is null ? "no PK model" : OptionChecks.Fixed(drug.Pk.ForWeight(70).TerminalHalfLifeDays, 1);
                var regimens = RegimenLibrary.ForDrug(drug.Name).Select(r => r.Name);
                stdout.WriteLine($"{drug.Name,-20} {Target(drug.Target),-7} {halfLife,-15} {string.Join(", ", regimens)}");
            }

            stdout.WriteLine();
            stdout.WriteLine("Sources: abscopal drug list --json, and docs/radiobiology.md.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Target(DrugTarget target) => target switch
    {
        DrugTarget.Pd1 => "PD-1",
        DrugTarget.PdL1 => "PD-L1",
        _ => "CTLA-4",
    };
}
