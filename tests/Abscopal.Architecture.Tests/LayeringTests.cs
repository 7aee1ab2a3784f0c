using System.Reflection;

namespace Abscopal.Architecture.Tests;

/// <summary>The layering of ../shared/ARCHITECTURE.md: each library references only the layers below it, and none does console I/O.</summary>
public class LayeringTests
{
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Abscopal.Numerics", [] },
        { "Abscopal.Modeling", ["Abscopal.Numerics"] },
        { "Abscopal.Radiobiology", [] },
        { "Abscopal.Pharmacology", ["Abscopal.Numerics", "Abscopal.Radiobiology"] },
        // SBML maps onto the IR; scenario files onto RT courses (Radiobiology), drug regimens (Pharmacology), patients (Models) and simulation requests (Simulation);
        // trial files (Interop/Trials) onto Abscopal.Trials designs.
        { "Abscopal.Interop", ["Abscopal.Modeling", "Abscopal.Models", "Abscopal.Numerics", "Abscopal.Pharmacology", "Abscopal.Radiobiology", "Abscopal.Simulation", "Abscopal.Trials"] },
        // Reporting draws plain input records; its adapters read simulation results and treatment plans (Pharmacology, Radiobiology).
        { "Abscopal.Reporting", ["Abscopal.Pharmacology", "Abscopal.Radiobiology", "Abscopal.Simulation"] },
        { "Abscopal.Storage", [] },
        { "Abscopal.Models", ["Abscopal.Modeling", "Abscopal.Pharmacology", "Abscopal.Radiobiology"] },
        { "Abscopal.Simulation", ["Abscopal.Modeling", "Abscopal.Models", "Abscopal.Numerics", "Abscopal.Pharmacology", "Abscopal.Radiobiology"] },
        // Planning scores plans by simulation (Simulation, Models), with RT courses and limits (Radiobiology), regimens (Pharmacology), random streams and intervals (Numerics);
        // its global sensitivity varies model parameters (Modeling); its patient prior is a virtual population conditioned on the
        // biomarkers (Trials: issue #8 "builds on ... trials (virtual populations)").
        { "Abscopal.Planning", ["Abscopal.Modeling", "Abscopal.Models", "Abscopal.Numerics", "Abscopal.Pharmacology", "Abscopal.Radiobiology", "Abscopal.Simulation", "Abscopal.Trials"] },
        { "Abscopal.Trials", ["Abscopal.Models", "Abscopal.Numerics", "Abscopal.Pharmacology", "Abscopal.Radiobiology", "Abscopal.Simulation"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_Library_References_Only_The_Layers_Below_It(string library, string[] allowed)
    {
        var assembly = Assembly.Load(library);
        var abscopal = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Abscopal", StringComparison.Ordinal))
            .Order()
            .ToArray();
        Assert.Equal(allowed.Order().ToArray(), abscopal);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_Library_Does_No_Console_Output(string library, string[] allowed)
    {
        _ = allowed;
        var assembly = Assembly.Load(library);
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == "System.Console");
    }
}
