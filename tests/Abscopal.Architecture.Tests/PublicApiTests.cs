using System.Reflection;
using Abscopal.Testing;
using PublicApiGenerator;

namespace Abscopal.Architecture.Tests;

/// <summary>
/// Public-API snapshots (Spectre.Console's habit): a change to a library's public surface changes the
/// file under Expectations/, so it shows in review. To accept a change, run the tests with
/// ABSCOPAL_ACCEPT_API=1 and commit the updated files.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("Abscopal.Numerics")]
    [InlineData("Abscopal.Modeling")]
    [InlineData("Abscopal.Radiobiology")]
    [InlineData("Abscopal.Pharmacology")]
    [InlineData("Abscopal.Interop")]
    [InlineData("Abscopal.Reporting")]
    [InlineData("Abscopal.Storage")]
    [InlineData("Abscopal.Models")]
    [InlineData("Abscopal.Simulation")]
    [InlineData("Abscopal.Planning")]
    [InlineData("Abscopal.Trials")]
    public void Public_Api_Matches_The_Approved_Snapshot(string library)
    {
        var api = Assembly.Load(library).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "Abscopal.Architecture.Tests", "Expectations", library + ".api.txt");
        if (Environment.GetEnvironmentVariable("ABSCOPAL_ACCEPT_API") == "1")
        {
            File.WriteAllText(path, api);
        }

        Assert.True(File.Exists(path), $"No approved snapshot at {path}: run once with ABSCOPAL_ACCEPT_API=1, review it and commit it.");

        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(approved == api, $"The public API of {library} changed. Review the difference, then accept it with ABSCOPAL_ACCEPT_API=1.\n{FirstDifference(approved, api)}");
    }

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  approved: {left}\n  actual:   {right}";
            }
        }

        return string.Empty;
    }
}
