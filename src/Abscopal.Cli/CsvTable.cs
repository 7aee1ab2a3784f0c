using System.Globalization;
using Abscopal.Modeling.Execution;

namespace Abscopal.Cli;

/// <summary>Writes simulation results as CSV: header "time,&lt;columns&gt;", numbers in shortest round-trip form.</summary>
internal static class CsvTable
{
    public static void Write(TextWriter writer, SimulationResult result)
    {
        writer.Write("time");
        foreach (var column in result.Columns)
        {
            writer.Write(',');
            writer.Write(column);
        }

        writer.Write('\n');
        for (var row = 0; row < result.Times.Count; row++)
        {
            writer.Write(Number(result.Times[row]));
            foreach (var value in result.Row(row))
            {
                writer.Write(',');
                writer.Write(Number(value));
            }

            writer.Write('\n');
        }
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
