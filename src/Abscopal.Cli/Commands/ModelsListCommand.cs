using System.CommandLine;
using Abscopal.Modeling.Compilation;
using Abscopal.Models.Catalog;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal models list [--json]</c>: the catalogued models with their kind, whether scenario files run them, title and source.</summary>
internal static class ModelsListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var json = RtCommand.JsonOption();
        var command = new Command("list", "List the catalogued models (id, kind, whether scenario files can run them, title, source).") { json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("models");
                    foreach (var entry in ModelCatalog.All)
                    {
                        var model = entry.Create();
                        w.WriteStartObject();
                        w.WriteString("id", entry.Id);
                        w.WriteString("title", entry.Title);
                        w.WriteString("citation", entry.Citation);
                        w.WriteString("kind", ModelsCommand.KindName(entry.Kind));
                        w.WriteBoolean("scenario", entry.RunsScenarios);
                        w.WriteString("time_unit", model.TimeUnits ?? string.Empty);
                        w.WriteStartArray("states");
                        foreach (var state in ModelCompiler.Compile(model).StateIds)
                        {
                            w.WriteStringValue(state);
                        }

                        w.WriteEndArray();
                        w.WriteNumber("parameters", model.Parameters.Count(p => p.Constant));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var idWidth = Math.Max(2, ModelCatalog.Ids.Max(id => id.Length));
            stdout.WriteLine($"{"id".PadRight(idWidth)}  {"kind",-13}  {"scenario",-8}  title");
            foreach (var entry in ModelCatalog.All)
            {
                stdout.WriteLine($"{entry.Id.PadRight(idWidth)}  {ModelsCommand.KindName(entry.Kind),-13}  {(entry.RunsScenarios ? "yes" : "no"),-8}  {entry.Title}");
            }

            stdout.WriteLine();
            stdout.WriteLine("scenario yes: runs as 'model: ID' in a scenario file (abscopal simulate), with a patient and a treatment plan.");
            stdout.WriteLine("scenario no: equations only (no treatment events); run its model text with abscopal run-model.");
            stdout.WriteLine("Equations and sourced parameters: abscopal models show ID [--format markdown]; pages in docs/models/.");
            return ExitCodes.Success;
        });
        return command;
    }
}
