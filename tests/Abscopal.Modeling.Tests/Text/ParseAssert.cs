using Abscopal.Modeling;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

/// <summary>Helpers for reading a model and for checking the errors a text gives.</summary>
internal static class ParseAssert
{
    /// <summary>The first error (the exception's message) for <paramref name="text"/> read as file "m.ant".</summary>
    public static string FirstError(string text) => Throws(text).Message;

    /// <summary>The exception <paramref name="text"/> gives when read as file "m.ant".</summary>
    public static ModelParseException Throws(string text) =>
        Assert.Throws<ModelParseException>(() => TextModelParser.Parse(text, "m.ant"));

    /// <summary>The model of <paramref name="text"/>.</summary>
    public static Model Parse(string text) => TextModelParser.Parse(text, "m.ant");

    /// <summary>The parameter <paramref name="id"/> of <paramref name="model"/>.</summary>
    public static Parameter Parameter(this Model model, string id) => Assert.Single(model.Parameters, p => p.Id == id);

    /// <summary>The species <paramref name="id"/> of <paramref name="model"/>.</summary>
    public static Species Species(this Model model, string id) => Assert.Single(model.Species, s => s.Id == id);

    /// <summary>The compartment <paramref name="id"/> of <paramref name="model"/>.</summary>
    public static Compartment Compartment(this Model model, string id) => Assert.Single(model.Compartments, c => c.Id == id);

    /// <summary>The reaction <paramref name="id"/> of <paramref name="model"/>.</summary>
    public static Reaction Reaction(this Model model, string id) => Assert.Single(model.Reactions, r => r.Id == id);
}
