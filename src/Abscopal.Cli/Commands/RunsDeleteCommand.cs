using System.CommandLine;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal runs delete ID...</c>: removes runs from the history (their output files stay).</summary>
internal static class RunsDeleteCommand
{
    public static Command Create(TextWriter stdout)
    {
        var db = RunsCommand.DbOption();
        var json = RtCommand.JsonOption();
        var ids = RunsCommand.IdsArgument("Runs to delete (one or more ids).");
        ids.Arity = ArgumentArity.OneOrMore;
        var command = new Command("delete", "Delete runs from the history; the files they wrote are kept. Nothing is deleted if any id is unknown. Example: abscopal runs delete 3 4") { ids, db, json };
        command.SetAction(parse =>
        {
            string path = RunsCommand.DatabasePath(parse, db);
            using var store = RunsCommand.OpenExisting(path);
            long[] wanted = (parse.GetValue(ids) ?? []).Distinct().ToArray();
            foreach (long id in wanted)
            {
                RunsCommand.RequireRun(store, id, path);
            }

            foreach (long id in wanted)
            {
                store!.Delete(id);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("deleted");
                    foreach (long id in wanted)
                    {
                        w.WriteNumberValue(id);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                foreach (long id in wanted)
                {
                    stdout.WriteLine($"Deleted run {id}.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
