using System.CommandLine;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Numerics.Ode;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal sbml simulate FILE --t-end T</c>: imports an SBML file, simulates it and prints CSV.</summary>
internal static class SbmlSimulateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "SBML file (Level 3 Version 1 or 2, or Level 2, core)." };
        var tEnd = new Option<double>("--t-end") { Description = "End time, in the model's time unit.", Required = true };
        var tStart = new Option<double>("--t-start") { Description = "Start time (default 0).", DefaultValueFactory = _ => 0.0 };
        var points = new Option<int>("--points") { Description = "Number of output intervals; rows are written at N+1 evenly spaced times (default 100).", DefaultValueFactory = _ => 100 };
        var rtol = new Option<double>("--rtol") { Description = "Relative tolerance, in [2.2e-14, 1] (default 1e-6).", DefaultValueFactory = _ => 1e-6 };
        var atol = new Option<double>("--atol") { Description = "Absolute tolerance, ≥ 0, in state units (default 1e-9).", DefaultValueFactory = _ => 1e-9 };
        var variables = new Option<string>("--variables") { Description = "Comma-separated ids to report (species, compartments, parameters, reactions, species references); default: every species, then the compartments and parameters that are not constant." };
        var amounts = new Option<string>("--amounts") { Description = "Comma-separated species to report as amounts; the other species are reported as concentrations." };

        var command = new Command("simulate", "Simulate an SBML model and print CSV: header 'time,<variables>', then N+1 rows from start to end. Exit codes: 0 success, 1 the solver failed, 2 bad usage or an SBML file that cannot be imported (every problem is named with its element and line).")
        {
            file, tEnd, tStart, points, rtol, atol, variables, amounts,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var start = parse.GetValue(tStart);
            var end = parse.GetValue(tEnd);
            var n = parse.GetValue(points);
            var relative = parse.GetValue(rtol);
            var absolute = parse.GetValue(atol);
            OptionChecks.SimulationOptions(start, end, n, relative, absolute);
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            var document = SbmlReader.ReadFile(path.FullName);
            var model = document.Model;
            var outputs = Outputs(model, [.. SbmlCommand.List(parse.GetValue(variables)).Select(document.ModelId)]);
            var amountIds = SbmlCommand.List(parse.GetValue(amounts)).Select(document.ModelId).ToArray();
            var speciesIds = model.Species.Select(s => s.Id).ToList();
            foreach (var id in amountIds)
            {
                if (!speciesIds.Contains(id, StringComparer.Ordinal))
                {
                    throw new UsageException(UnknownValue.Message("species", "--amounts", id, speciesIds));
                }
            }

            var compiled = ModelCompiler.Compile(model);
            var result = ModelSimulator.Simulate(compiled, new SimulationSettings
            {
                StartTime = start,
                EndTime = end,
                Points = n,
                Outputs = outputs,
                Amounts = amountIds.ToHashSet(StringComparer.Ordinal),
                Concentrations = speciesIds.Except(amountIds, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                Options = OdeOptions.Default with { RelativeTolerance = relative, AbsoluteTolerance = absolute },
            });
            CsvTable.Write(stdout, result);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The requested ids, checked against the model, or the default columns.</summary>
    private static List<string> Outputs(Model model, string[] requested)
    {
        var known = model.Species.Select(s => s.Id)
            .Concat(model.Compartments.Select(c => c.Id))
            .Concat(model.Parameters.Select(p => p.Id))
            .Concat(model.Reactions.Select(r => r.Id))
            .Concat(model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)).Where(sr => sr.Id is not null).Select(sr => sr.Id!))
            .ToList();
        if (requested.Length > 0)
        {
            foreach (var id in requested)
            {
                if (!known.Contains(id, StringComparer.Ordinal))
                {
                    throw new UsageException(UnknownValue.Message("variable", "--variables", id, known));
                }
            }

            return [.. requested];
        }

        return [.. model.Species.Select(s => s.Id)
            .Concat(model.Compartments.Where(c => !c.Constant).Select(c => c.Id))
            .Concat(model.Parameters.Where(p => !p.Constant).Select(p => p.Id))];
    }
}
