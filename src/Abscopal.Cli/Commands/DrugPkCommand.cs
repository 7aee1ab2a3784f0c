using System.CommandLine;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Kinetics;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal drug pk</c>: serum concentration (µg/mL) of a clinical antibody over a repeated-dose regimen.</summary>
internal static class DrugPkCommand
{
    public static Command Create(TextWriter stdout)
    {
        var drug = new Option<string>("--drug") { Description = "Drug name (see 'abscopal drug list').", Required = true };
        var doseMg = new Option<double?>("--dose-mg") { Description = "Flat dose per administration, in mg (> 0)." };
        var doseMgPerKg = new Option<double?>("--dose-mg-per-kg") { Description = "Weight-based dose per administration, in mg/kg (> 0); needs --weight-kg." };
        var weight = new Option<double?>("--weight-kg") { Description = "Body weight, in kg (> 0); scales the PK by the published weight exponents (default 70)." };
        var every = new Option<double>("--every-days") { Description = "Days between administrations (> 0).", Required = true };
        var cycles = new Option<int>("--cycles") { Description = "Number of administrations (≥ 1).", Required = true };
        var days = new Option<double>("--days") { Description = "Simulated time from the first dose, in days (> 0).", Required = true };
        var step = new Option<double>("--step-days") { Description = "Output spacing, in days (> 0; default 1).", DefaultValueFactory = _ => 1.0 };
        var json = RtCommand.JsonOption();
        var command = new Command("pk", "Two-compartment IV PK of a regimen: CSV 'day,concentration_ug_per_mL' (serum, µg/mL), or JSON with times_days, concentration_ug_per_mL, half_life_days, trough_accumulation_ratio.")
        {
            drug, doseMg, doseMgPerKg, weight, every, cycles, days, step, json,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(drug)!;
            var inhibitor = DrugLibrary.Find(name)
                ?? throw new UsageException(UnknownValue.Message("drug", "--drug", name, DrugLibrary.All.Select(d => d.Name).ToArray()));
            var model = inhibitor.Pk
                ?? throw new UsageException($"--drug: {inhibitor.Name} is a mouse reagent without a PK model; PK is available for: {string.Join(", ", DrugLibrary.All.Where(d => d.Pk is not null).Select(d => d.Name))}.");

            double? flat = parse.GetValue(doseMg);
            double? perKg = parse.GetValue(doseMgPerKg);
            double? weightKg = parse.GetValue(weight);
            if ((flat is null) == (perKg is null))
            {
                throw new UsageException("Give exactly one of --dose-mg and --dose-mg-per-kg.");
            }

            if (perKg is not null && weightKg is null)
            {
                throw new UsageException("--dose-mg-per-kg needs --weight-kg.");
            }

            double patientKg = OptionChecks.Positive("--weight-kg", weightKg ?? PopulationPk.ReferencePatientWeightKg, "kg");
            var dose = flat is not null
                ? DrugDose.Flat(OptionChecks.Positive("--dose-mg", flat.Value, "mg"))
                : DrugDose.PerKg(OptionChecks.Positive("--dose-mg-per-kg", perKg!.Value, "mg/kg"));
            double interval = OptionChecks.Positive("--every-days", parse.GetValue(every), "days");
            int count = OptionChecks.AtLeast("--cycles", parse.GetValue(cycles), 1);
            double end = OptionChecks.Positive("--days", parse.GetValue(days), "days");
            double spacing = OptionChecks.Positive("--step-days", parse.GetValue(step), "days");
            if (end / spacing > 1_000_000)
            {
                throw new UsageException($"--days / --step-days gives more than 1,000,000 rows; use a larger --step-days.");
            }

            var regimen = new DrugRegimen(inhibitor.Name, dose, 0, interval, count);
            var doses = regimen.ToInfusions(patientKg, inhibitor.InfusionHours / 24);
            int rows = (int)Math.Floor((end / spacing) + 1e-9);
            var times = Enumerable.Range(0, rows + 1).Select(k => k * spacing).ToList();
            if (times[^1] < end - 1e-9)
            {
                times.Add(end);
            }

            var profile = TwoCompartmentPk.Simulate(model, patientKg, doses, times);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("drug", inhibitor.Name);
                    w.Numbers("times_days", profile.TimesDays);
                    w.Numbers("concentration_ug_per_mL", profile.ConcentrationsUgPerMl);
                    w.Number("half_life_days", profile.HalfLifeDays);
                    w.Number("trough_accumulation_ratio", profile.TroughAccumulationRatio);
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            stdout.Write("day,concentration_ug_per_mL\n");
            for (int i = 0; i < profile.TimesDays.Length; i++)
            {
                stdout.Write(CsvTable.Number(profile.TimesDays[i]));
                stdout.Write(',');
                stdout.Write(CsvTable.Number(profile.ConcentrationsUgPerMl[i]));
                stdout.Write('\n');
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
