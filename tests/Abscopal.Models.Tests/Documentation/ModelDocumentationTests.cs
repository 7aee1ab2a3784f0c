using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;
using Abscopal.Models.Catalog;
using Abscopal.Models.Documentation;
using Abscopal.Testing;

namespace Abscopal.Models.Tests.Documentation;

public class ModelDocumentationTests
{
    public static TheoryData<string> CatalogIds => [.. ModelCatalog.Ids];

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void The_Markdown_Page_Lists_Every_Parameter_With_Its_Value_Unit_And_Source(string id)
    {
        // Given a catalogued model
        var entry = ModelCatalog.Find(id)!;
        var model = entry.Create();

        // When its page is generated
        var page = ModelDocumentation.ToMarkdown(model, entry);

        // Then each constant parameter has a table row with its id, value (shortest round-trip form, or "= formula" when an
        // initial assignment sets it), unit and source
        var assigned = model.InitialAssignments.ToDictionary(a => a.Symbol, a => a.Math, StringComparer.Ordinal);
        foreach (var p in model.Parameters.Where(p => p.Constant))
        {
            var row = page.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{p.Id}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"no row for {p.Id}");
            Assert.Contains(assigned.TryGetValue(p.Id, out var math) ? "= " + ExprFormatter.Format(math) : ExprFormatter.FormatNumber(p.Value!.Value), row, StringComparison.Ordinal);
            Assert.Contains(p.Units!, row, StringComparison.Ordinal);
            Assert.Contains(p.Source!.Replace("|", @"\|", StringComparison.Ordinal), row, StringComparison.Ordinal);
        }

        // And every differential equation appears as d(x)/dt in display math
        foreach (var equation in ModelEquations.Of(model).Where(e => e.Kind == EquationKind.Differential))
        {
            Assert.Contains($"$$\\frac{{d", page, StringComparison.Ordinal);
            Assert.Contains(LatexFormatter.Format(equation.RightHandSide), page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void The_Model_Text_In_The_Page_Parses_Back_To_The_Same_Equations(string id)
    {
        // Given the page of a catalogued model
        var entry = ModelCatalog.Find(id)!;
        var model = entry.Create();
        var page = ModelDocumentation.ToMarkdown(model, entry);

        // When the antimony block of the page is parsed
        var start = page.IndexOf("```antimony\n", StringComparison.Ordinal) + "```antimony\n".Length;
        var end = page.IndexOf("\n```", start, StringComparison.Ordinal);
        var parsed = TextModelParser.Parse(page[start..end], id);

        // Then it has the same equations, initial assignments and parameter values as the IR the page was made from (a value
        // that an initial assignment overrides is written as the assignment alone, as SBML evaluates it)
        var assigned = model.InitialAssignments.Select(a => a.Symbol).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ModelEquations.Of(model).Select(e => (e.Variable, e.RightHandSide)), ModelEquations.Of(parsed).Select(e => (e.Variable, e.RightHandSide)));
        Assert.Equal(model.InitialAssignments.Select(a => (a.Symbol, a.Math)), parsed.InitialAssignments.Select(a => (a.Symbol, a.Math)));
        Assert.Equal(model.Parameters.Select(p => (p.Id, assigned.Contains(p.Id) ? null : p.Value)), parsed.Parameters.Select(p => (p.Id, assigned.Contains(p.Id) ? null : p.Value)));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void The_Committed_Page_Under_Docs_Models_Is_Up_To_Date(string id)
    {
        // Given the page committed under docs/models/ (regenerate with: abscopal models show ID --format markdown > docs/models/ID.md)
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "models", id + ".md");
        Assert.True(File.Exists(path), $"{path} is missing");

        // When the page is generated from the current IR
        var entry = ModelCatalog.Find(id)!;
        var generated = ModelDocumentation.ToMarkdown(entry.Create(), entry);

        // Then the committed page is exactly the generated one
        Assert.Equal(generated, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Reactions_Become_Species_Balances_Divided_By_A_Non_Unit_Compartment()
    {
        // Given A → B at rate k·A in a compartment of size 2 (A and B mean concentrations)
        var model = TextModelParser.Parse("compartment C = 2\nspecies A in C, B in C\nA = 1; B = 0; k = 0.5\nJ0: A -> B; k*A\n", "r");

        // When its equations are collected
        var equations = ModelEquations.Of(model);

        // Then dA/dt = −k·A/C and dB/dt = k·A/C (SBML: reactions change amounts; the symbol is amount ÷ size)
        Assert.Equal(2, equations.Count);
        Assert.Equal("-(k*A)/C", ExprFormatter.Format(equations[0].RightHandSide));
        Assert.Equal("k*A/C", ExprFormatter.Format(equations[1].RightHandSide));
    }

    [Fact]
    public void The_Text_Summary_Shows_Equations_In_Infix_And_A_Missing_Source_Visibly()
    {
        // Given a model with one unsourced parameter
        var model = new ModelBuilder("decay")
            .AddParameter("k", 0.5, units: "1/day")
            .AddRateRule("x", -Expr.Symbol("k") * Expr.Symbol("x"), initialValue: 1.0)
            .Build();

        // When the text summary is written
        var text = ModelDocumentation.ToText(model);

        // Then it shows the ODE and flags the missing source
        Assert.Contains("dx/dt = -k*x", text, StringComparison.Ordinal);
        Assert.Contains("no source recorded", text, StringComparison.Ordinal);
    }
}
