using System.CommandLine;
using Abscopal.Radiobiology.Constraints;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal rt constraints --organ ORGAN --fractions N</c>: the published dose limits for an organ and fraction number.</summary>
internal static class RtConstraintsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var organ = new Option<string>("--organ") { Description = "Organ: " + string.Join(", ", NormalTissueConstraints.Organs) + ".", Required = true };
        var fractions = RtCommand.Fractions();
        var json = RtCommand.JsonOption();
        var command = new Command("constraints", "Normal-tissue dose constraints for an organ and number of fractions, each with its source ([check] = recalled, confirm in the source).")
        {
            organ, fractions, json,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(organ)!;
            int n = OptionChecks.AtLeast("--fractions", parse.GetValue(fractions), 1);
            string key = NormalTissueConstraints.CanonicalOrgan(name)
                ?? throw new UsageException(UnknownValue.Message("organ", "--organ", name, NormalTissueConstraints.Organs));
            var found = NormalTissueConstraints.For(key, n);
            var alphaBeta = NormalTissueConstraints.AlphaBetaFor(name);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("organ", key);
                    w.WriteNumber("fractions", n);
                    w.Number("alpha_beta_gy", alphaBeta?.ValueGy ?? double.NaN);
                    w.WriteStartArray("constraints");
                    foreach (var c in found)
                    {
                        w.WriteStartObject();
                        w.WriteString("metric", c.Metric);
                        w.Number("limit", c.Limit);
                        w.WriteString("unit", c.Unit == ConstraintUnit.Gy ? "Gy" : "%");
                        w.WriteString("endpoint", c.Endpoint);
                        w.WriteString("source", c.Source);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            stdout.WriteLine($"{key}, {n} fraction{(n == 1 ? string.Empty : "s")}; alpha/beta {(alphaBeta is null ? "unknown" : OptionChecks.Format(alphaBeta.ValueGy) + " Gy")}");
            if (found.Count == 0)
            {
                stdout.WriteLine($"No published constraint in the table for {n} fractions; it has {key} limits for fractions: {string.Join(", ", NormalTissueConstraints.FractionRangesFor(key))}.");
                return ExitCodes.Success;
            }

            foreach (var c in found)
            {
                string limit = c.Unit == ConstraintUnit.Gy ? $"≤ {OptionChecks.Format(c.Limit)} Gy" : $"≤ {OptionChecks.Format(c.Limit)} %";
                stdout.WriteLine($"  {c.Metric,-22} {limit,-10} {c.Endpoint}");
                stdout.WriteLine($"      source: {c.Source}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
