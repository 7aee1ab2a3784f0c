using System.CommandLine;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal sbml info FILE</c>: what an SBML file contains and what of it Abscopal cannot simulate.</summary>
internal static class SbmlInfoCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "SBML file." };
        var command = new Command("info", "Describe an SBML file: level and version, packages, counts of each kind of element, the features used, what is ignored, what is unsupported, and whether it simulates. Exit codes: 0 the file was described (problems, if any, are listed), 2 no such file or not XML.")
        {
            file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            SbmlDocument document;
            using (var reader = new StreamReader(path.FullName))
            {
                document = SbmlReader.Inspect(reader, path.Name);
            }

            if (document.Level == 0)
            {
                throw new SbmlException(document.SourceName, document.Problems);
            }

            Describe(stdout, document);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Describe(TextWriter w, SbmlDocument document)
    {
        var m = document.Model;
        w.WriteLine($"file: {document.SourceName}");
        w.WriteLine($"SBML: Level {document.Level} Version {document.Version}");
        w.WriteLine($"model: {m.Id}{(m.Name is null ? string.Empty : $" ({m.Name})")}");
        w.WriteLine($"packages: {(document.Packages.IsEmpty ? "none" : string.Join(", ", document.Packages))}");
        w.WriteLine($"compartments: {m.Compartments.Length} ({m.Compartments.Count(c => !c.Constant)} not constant)");
        w.WriteLine($"species: {m.Species.Length} ({m.Species.Count(s => !s.BoundaryCondition && !s.Constant)} floating, {m.Species.Count(s => s.BoundaryCondition)} boundary, {m.Species.Count(s => s.Constant)} constant; {m.Species.Count(s => s.HasOnlySubstanceUnits)} with only substance units)");
        w.WriteLine($"parameters: {m.Parameters.Length} ({m.Parameters.Count(p => !p.Constant)} not constant)");
        w.WriteLine($"function definitions: {m.Functions.Length}");
        w.WriteLine($"unit definitions: {m.UnitDefinitions.Length}");
        w.WriteLine($"initial assignments: {m.InitialAssignments.Length}");
        w.WriteLine($"rules: {m.Rules.Length} ({m.Rules.OfType<AssignmentRule>().Count()} assignment, {m.Rules.OfType<RateRule>().Count()} rate, {m.Rules.OfType<AlgebraicRule>().Count()} algebraic)");
        w.WriteLine($"reactions: {m.Reactions.Length} ({m.Reactions.Count(r => r.Fast)} fast, {m.Reactions.Count(r => r.KineticLaw is { LocalParameters.IsEmpty: false })} with local parameters)");
        w.WriteLine($"events: {m.Events.Length} ({m.Events.Count(e => e.Delay is not null)} with delay, {m.Events.Count(e => e.Priority is not null)} with priority)");
        w.WriteLine($"features: {Features(m)}");
        if (!document.Warnings.IsEmpty)
        {
            w.WriteLine("ignored:");
            foreach (var warning in document.Warnings)
            {
                w.WriteLine($"  {warning}");
            }
        }

        if (!document.Problems.IsEmpty)
        {
            w.WriteLine("problems:");
            foreach (var problem in document.Problems)
            {
                w.WriteLine($"  {problem}");
            }

            w.WriteLine("simulates: no (fix the problems above)");
            return;
        }

        try
        {
            var compiled = ModelCompiler.Compile(m);
            w.WriteLine($"simulates: yes ({compiled.StateCount} ODE states, {compiled.Events.Length} events)");
        }
        catch (ModelValidationException ex)
        {
            w.WriteLine("simulates: no");
            foreach (var d in ex.Diagnostics.IsEmpty ? [new ModelDiagnostic("model", ex.Message)] : ex.Diagnostics)
            {
                w.WriteLine($"  {d}");
            }
        }
    }

    private static string Features(Model m)
    {
        var math = m.Rules.Select(r => r.Math)
            .Concat(m.InitialAssignments.Select(a => a.Math))
            .Concat(m.Reactions.Where(r => r.KineticLaw is not null).Select(r => r.KineticLaw!.Math))
            .Concat(m.Functions.Select(f => f.Body))
            .Concat(m.Events.SelectMany(e => e.Assignments.Select(a => a.Math).Append(e.Trigger.Math)))
            .ToList();
        var features = new List<string>();
        if (math.Any(e => e.Any(n => n is FunctionExpr { Function: MathFunction.Delay })))
        {
            features.Add("delay()");
        }

        if (math.Any(e => e.Any(n => n is FunctionExpr { Function: MathFunction.RateOf })))
        {
            features.Add("rateOf()");
        }

        if (m.ConversionFactor is not null || m.Species.Any(s => s.ConversionFactor is not null))
        {
            features.Add("conversion factors");
        }

        if (m.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)).Any(sr => sr.StoichiometryMath is not null || !sr.Constant))
        {
            features.Add("variable stoichiometry");
        }

        if (m.Events.Any(e => !e.Trigger.Persistent || !e.Trigger.InitialValue || !e.UseValuesFromTriggerTime))
        {
            features.Add("event options (persistence, initial value, assignment-time values)");
        }

        return features.Count == 0 ? "core only" : string.Join(", ", features);
    }
}
