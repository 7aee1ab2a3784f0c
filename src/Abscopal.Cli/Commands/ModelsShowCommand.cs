using System.CommandLine;
using Abscopal.Models.Documentation;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal models show ID [--format text|markdown]</c>: a model's equations, initial state and parameter table.</summary>
internal static class ModelsShowCommand
{
    public static Command Create(TextWriter stdout)
    {
        var id = new Argument<string>("ID") { Description = "Model id, as listed by 'abscopal models list'." };
        var format = new Option<string>("--format") { Description = "text (for a terminal) or markdown (the page under docs/models/, equations in LaTeX).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("show", "Show a model's equations (rendered from the IR), initial state and parameters with values, units and sources.") { id, format };
        command.SetAction(parse =>
        {
            var entry = ModelsCommand.Find(parse.GetValue(id)!);
            var model = entry.Create();
            stdout.Write(parse.GetValue(format) == "markdown" ? ModelDocumentation.ToMarkdown(model, entry) : ModelDocumentation.ToText(model, entry));
            return ExitCodes.Success;
        });
        return command;
    }
}
