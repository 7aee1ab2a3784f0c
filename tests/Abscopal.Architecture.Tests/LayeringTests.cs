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
        // SBML maps onto the IR; scenario files onto RT courses (Radiobiology), drug regimens (Pharmacology) and lesion geometry (Simulation).
        // Trial files (Interop/Trials) bind onto Abscopal.Trials designs and Models.Patients ids.
        { "Abscopal.Interop", ["Abscopal.Modeling", "Abscopal.Models", "Abscopal.Numerics", "Abscopal.Pharmacology", "Abscopal.Radiobiology", "Abscopal.Simulation", "Abscopal.Trials"] },
        // Reporting takes plain input records for now; it will reference Simulation once the result types exist.
        { "Abscopal.Reporting", [] },
        { "Abscopal.Storage", [] },
        { "Abscopal.Models", ["Abscopal.Modeling", "Abscopal.Pharmacology", "Abscopal.Radiobiology"] },
        { "Abscopal.Simulation", ["Abscopal.Modeling", "Abscopal.Models", "Abscopal.Numerics", "Abscopal.Pharmacology", "Abscopal.Radiobiology"] },
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
