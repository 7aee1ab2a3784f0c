using System.CommandLine;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Text;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal sbml export MODEL_ID_OR_FILE</c>: writes a model as SBML Level 3 Version 2 on stdout.</summary>
internal static class SbmlExportCommand
{
    /// <summary>Ids of the built-in models that can be exported by name (none yet: the model library is a later issue).</summary>
    public static IReadOnlyList<string> BuiltInModels { get; } = [];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = new Argument<string>("MODEL_ID_OR_FILE") { Description = "A built-in model id, a text-model file (.ant) or an SBML file (.xml, .sbml)." };
        var command = new Command("export", "Write a model as SBML Level 3 Version 2 on stdout; what SBML cannot express (e.g. unit strings such as '1/day') is listed on stderr. Exit codes: 0 success, 2 unknown model, unreadable file, or a model SBML L3V2 cannot hold (a fast reaction).")
        {
            source,
        };
        command.SetAction(parse =>
        {
            var model = Load(parse.GetValue(source)!);
            var export = SbmlWriter.Write(model);
            foreach (var warning in export.Warnings)
            {
                stderr.WriteLine($"warning: {warning}");
            }

            stdout.Write(export.Xml);
            stdout.Write('\n');
            return ExitCodes.Success;
        });
        return command;
    }

    private static Model Load(string source)
    {
        if (File.Exists(source))
        {
            var extension = Path.GetExtension(source).ToUpperInvariant();
            return extension switch
            {
                ".ANT" or ".TXT" => TextModelParser.ParseFile(source),
                ".XML" or ".SBML" => SbmlReader.ReadFile(source).Model,
                _ => throw new UsageException($"{source}: unknown file type '{extension.ToLowerInvariant()}'; give a text-model file (.ant) or an SBML file (.xml, .sbml)."),
            };
        }

        if (source.Contains('/', StringComparison.Ordinal) || source.Contains('\\', StringComparison.Ordinal) || Path.HasExtension(source))
        {
            throw new UsageException($"{Path.GetFullPath(source)}: no such file.");
        }

        var builtIn = BuiltInModels.Count == 0 ? "there are no built-in models yet" : "built-in models: " + string.Join(", ", BuiltInModels);
        throw new UsageException($"unknown model '{source}': {builtIn}. Give a built-in model id, a text-model file (.ant) or an SBML file (.xml, .sbml).");
    }
}
