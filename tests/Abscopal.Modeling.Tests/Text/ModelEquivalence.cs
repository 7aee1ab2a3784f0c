using System.Collections.Immutable;
using Abscopal.Modeling;

namespace Abscopal.Modeling.Tests.Text;

/// <summary>Compares two models element by element (records holding arrays do not compare their contents), listing every difference.</summary>
internal static class ModelEquivalence
{
    public static void AssertEquivalent(Model expected, Model actual)
    {
        var differences = Differences(expected, actual);
        Assert.True(differences.Count == 0, "Models differ:\n" + string.Join("\n", differences));
    }

    public static List<string> Differences(Model expected, Model actual)
    {
        var d = new List<string>();
        Same(d, "model", (expected.Id, expected.Name, expected.Source, expected.Notes), (actual.Id, actual.Name, actual.Source, actual.Notes));
        Same(d, "model units", (expected.TimeUnits, expected.SubstanceUnits, expected.VolumeUnits, expected.ExtentUnits, expected.ConversionFactor),
            (actual.TimeUnits, actual.SubstanceUnits, actual.VolumeUnits, actual.ExtentUnits, actual.ConversionFactor));
        List(d, "function", expected.Functions, actual.Functions, (x, y) => x with { Arguments = [] } == y with { Arguments = [] } && x.Arguments.SequenceEqual(y.Arguments));
        List(d, "unit", expected.UnitDefinitions, actual.UnitDefinitions, (x, y) => x with { Factors = [] } == y with { Factors = [] } && x.Factors.SequenceEqual(y.Factors));
        List(d, "compartment", expected.Compartments, actual.Compartments, (x, y) => x == y);
        List(d, "species", expected.Species, actual.Species, (x, y) => x == y);
        List(d, "parameter", expected.Parameters, actual.Parameters, (x, y) => x == y);
        List(d, "initial assignment", expected.InitialAssignments, actual.InitialAssignments, (x, y) => x == y);
        List(d, "rule", expected.Rules, actual.Rules, (x, y) => x == y);
        List(d, "reaction", expected.Reactions, actual.Reactions, SameReaction);
        List(d, "event", expected.Events, actual.Events, (x, y) =>
            x with { Assignments = [] } == y with { Assignments = [] } && x.Assignments.SequenceEqual(y.Assignments));
        return d;
    }

    private static bool SameReaction(Reaction x, Reaction y)
    {
        static Reaction Bare(Reaction r) => r with { Reactants = [], Products = [], Modifiers = [], KineticLaw = null };
        static bool SameLaw(KineticLaw? a, KineticLaw? b) =>
            a is null ? b is null : b is not null && a with { LocalParameters = [] } == b with { LocalParameters = [] } && a.LocalParameters.SequenceEqual(b.LocalParameters);
        return Bare(x) == Bare(y) && x.Reactants.SequenceEqual(y.Reactants) && x.Products.SequenceEqual(y.Products)
            && x.Modifiers.SequenceEqual(y.Modifiers) && SameLaw(x.KineticLaw, y.KineticLaw);
    }

    private static void Same<T>(List<string> d, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            d.Add($"{what}: expected {expected}, got {actual}");
        }
    }

    private static void List<T>(List<string> d, string what, ImmutableArray<T> expected, ImmutableArray<T> actual, Func<T, T, bool> same)
    {
        if (expected.Length != actual.Length)
        {
            d.Add($"{what}s: expected {expected.Length}, got {actual.Length}: [{string.Join("; ", expected)}] vs [{string.Join("; ", actual)}]");
            return;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (!same(expected[i], actual[i]))
            {
                d.Add($"{what} {i}: expected {Show(expected[i])}\n      got {Show(actual[i])}");
            }
        }
    }

    private static string Show<T>(T value) => value switch
    {
        Reaction r => $"{r} reactants [{string.Join(", ", r.Reactants)}] products [{string.Join(", ", r.Products)}] modifiers [{string.Join(", ", r.Modifiers)}] law {r.KineticLaw} locals [{string.Join(", ", r.KineticLaw?.LocalParameters ?? [])}]",
        ModelEvent e => $"{e} assignments [{string.Join(", ", e.Assignments)}]",
        UnitDefinition u => $"{u} factors [{string.Join(", ", u.Factors)}]",
        _ => value?.ToString() ?? "null",
    };
}
