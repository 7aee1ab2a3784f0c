using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

public class TextModelWriterTests
{
    private static readonly Expr s_tumour = Expr.Symbol("T");
    private static readonly Expr s_rate = Expr.Symbol("r");

    /// <summary>A model built in C# that uses every element and attribute of the IR the format can hold.</summary>
    private static Model Everything()
    {
        Expr x = Expr.Symbol("x"), n = Expr.Symbol("n"), k = Expr.Symbol("K");
        return new Model("everything")
        {
            Name = "Everything",
            Source = "tests",
            Notes = "all constructs\nover two lines",
            TimeUnits = "day",
            SubstanceUnits = "substance",
            VolumeUnits = "litre",
            ConversionFactor = "cf",
            Functions = [new FunctionDefinition("hill", ["x", "n", "K"], Expr.Power(x, n) / (Expr.Power(k, n) + Expr.Power(x, n))) { Source = "Hill 1910" }],
            UnitDefinitions =
            [
                new UnitDefinition("day", [new UnitFactor("second", Multiplier: 86400)]),
                new UnitDefinition("per_day", [new UnitFactor("day", Exponent: -1)]),
                new UnitDefinition("substance", [new UnitFactor("mole", Scale: -9)]) { Name = "nanomole" },
                new UnitDefinition("per_nM_day", [new UnitFactor("mole", -1, -9), new UnitFactor("litre"), new UnitFactor("day", -1)]),
            ],
            Compartments =
            [
                new Compartment("tumour") { Size = 0.5, Units = "litre", Source = "assumed: illustration" },
                new Compartment("membrane") { Size = 1, SpatialDimensions = 2 },
                new Compartment("blood") { Size = 5, Constant = false },
            ],
            Species =
            [
                new Species("T", "tumour") { InitialConcentration = 15, Name = "Tumour cells", Units = "substance" },
                new Species("E", "tumour") { InitialAmount = 100 },
                new Species("N", "tumour") { HasOnlySubstanceUnits = true, InitialAmount = 5 },
                new Species("X", "blood") { BoundaryCondition = true, InitialConcentration = 1 },
                new Species("Y", "blood") { BoundaryCondition = true, Constant = true, InitialConcentration = 2 },
                new Species("Z", "membrane") { Constant = true, InitialConcentration = 3 },
                new Species("W", "blood") { ConversionFactor = "cf", InitialConcentration = 0 },
                new Species("P", "tumour"),
            ],
            Parameters =
            [
                new Parameter("r") { Value = 0.4, Units = "per_day", Source = "Kosinsky 2018 Table 1", Notes = "growth" },
                new Parameter("K") { Value = 2500, Units = "cells/µL" },
                new Parameter("kf") { Value = 1, Constant = false },
                new Parameter("ks"),
                new Parameter("dose") { Value = 0, Constant = false },
                new Parameter("cf") { Value = 1 },
                new Parameter("g") { Constant = false },
                new Parameter("v") { Value = 1, Constant = false },
                new Parameter("alg1") { Value = 0.5, Constant = false },
                new Parameter("alg2") { Value = 0.5, Constant = false },
            ],
            InitialAssignments =
            [
                new InitialAssignment("P", 2 * s_tumour),
                new InitialAssignment("ks", s_rate * 2),
                new InitialAssignment("n1", 2 * s_rate) { Source = "assumed" },
            ],
            Rules =
            [
                new AssignmentRule("g", Expr.Call("hill", s_tumour, 2, Expr.Symbol("K"))) { Source = "eq 1" },
                new RateRule("v", -s_rate * Expr.Symbol("v")) { Name = "v rule" },
                new RateRule("W", 0.1),
                new AlgebraicRule(Expr.Symbol("alg1") + Expr.Symbol("alg2") - 1),
            ],
            Reactions =
            [
                new Reaction("growth")
                {
                    Products = [new SpeciesReference("T")],
                    KineticLaw = new KineticLaw(s_rate * s_tumour * (1 - (s_tumour / Expr.Symbol("K")))),
                    Name = "growth",
                },
                new Reaction("kill")
                {
                    Reactants = [new SpeciesReference("T")],
                    Modifiers = ["E"],
                    KineticLaw = new KineticLaw(Expr.Symbol("kkill") * s_tumour * Expr.Symbol("E"))
                    {
                        LocalParameters = [new Parameter("kkill") { Value = 1e-3, Units = "per_day", Source = "local" }],
                        Notes = "mass action",
                    },
                    Reversible = true,
                },
                new Reaction("bind")
                {
                    Reactants = [new SpeciesReference("X") { Stoichiometry = 2 }, new SpeciesReference("N") { Id = "n1", Stoichiometry = null }],
                    Products = [new SpeciesReference("Y") { Id = "n2", Stoichiometry = 3 }],
                    Modifiers = ["T"],
                    KineticLaw = new KineticLaw(Expr.Symbol("kf") * Expr.Symbol("X")),
                    Reversible = true,
                    Fast = true,
                    Compartment = "blood",
                },
                new Reaction("silent") { Reactants = [new SpeciesReference("N") { Name = "the N" }] },
            ],
            Events =
            [
                new ModelEvent(new EventTrigger(Expr.Binary(BinaryOperator.GreaterOrEqual, Expr.Time, 7)))
                {
                    Id = "dose1",
                    Priority = 1,
                    Assignments = [new EventAssignment("T", s_tumour * 0.5) { Source = "LQ" }, new EventAssignment("dose", Expr.Symbol("dose") + 1)],
                },
                new ModelEvent(new EventTrigger(Expr.Binary(BinaryOperator.Greater, s_tumour, 1e8)) { InitialValue = false, Persistent = false })
                {
                    Delay = 2,
                    UseValuesFromTriggerTime = false,
                    Assignments = [new EventAssignment("E", Expr.Symbol("E") * 2)],
                },
            ],
        };
    }

    [Fact]
    public void Given_A_Model_Using_Every_Construct_When_Written_And_Parsed_Then_The_Same_Model_Comes_Back()
    {
        var model = Everything();
        Assert.Empty(ModelValidator.Validate(model));
        var text = TextModelWriter.Write(model);
        ModelEquivalence.AssertEquivalent(model, TextModelParser.Parse(text));
    }

    [Fact]
    public void Given_A_Written_Model_When_Written_Again_After_Parsing_Then_The_Text_Is_Identical()
    {
        var text = TextModelWriter.Write(Everything());
        Assert.Equal(text, TextModelWriter.Write(TextModelParser.Parse(text)));
    }

    [Theory]
    [InlineData("x' = -k*x\nx = 1; k = 0.5")]
    [InlineData("y := a*b\na = 2; b = 3")]
    [InlineData("k1 = 2.3 + A\nA = 1.2")]
    [InlineData("0 = (25*S1 - 13*S2)/3\nvar S1, S2")]
    [InlineData("J1: S1 + 2 S2 -> 3 S3 + 5 S4; k4*S1*S2*S2\nk4 = 1")]
    [InlineData("-> A; k0\nA => ; kd*A\nk0 = 1; kd = 0.1")]
    [InlineData("$Xo -> S1; k1*Xo\nXo = 5; k1 = 1")]
    [InlineData("const S1\nS1 -> S2; k1*S1\nk1 = 1")]
    [InlineData("J0: n A -> B; k*A\nn = 3\nJ1: m B -> C; k*B\nm = 2*k\nk = 1")]
    [InlineData("J0: S -> P; kcat*E*S/(Km + S)\nspecies E\nkcat = 1; Km = 2")]
    [InlineData("J0: A -> B")]
    [InlineData("compartment cell = 2\nJ0 in cell: A -> B; k*A\nk = 1")]
    [InlineData("J0: A -> B; k*A\nJ0.k = 0.3\nk = 5\nJ0.k.source = \"local\"")]
    [InlineData("J0: A -> B; k*A\nspecies E\nJ0.modifiers = {E}\nJ0.fast = true\nk = 1")]
    [InlineData("at time >= 24: C = C + dose\nC = 0; dose = 5")]
    [InlineData("E1: at 2*z/y after (x > 5), priority = 1 + z, t0 = false, persistent = false, fromTrigger = false: y = 3, x = r + 2\nx = 0; y = 1; z = 1; r = 1")]
    [InlineData("function quadratic(x, a, b, c)\n  a*x^2 + b*x + c\nend\nS3 := quadratic(s1, 1, 2, 3)\ns1 = 5")]
    [InlineData("compartment cytoplasm = 1.5, mitochondria = 2.6\nspecies A in cytoplasm, $B in mitochondria")]
    [InlineData("substanceOnly species A\nA = 2.5")]
    [InlineData("const k, m\nvar x\nk = 1; m = 2; x = 3")]
    [InlineData("var compartment C = 1\nE' = 0.1\ncompartment E = 1")]
    [InlineData("model tumour\n  TV = 15\n  TV is \"Tumour volume\"\n  TV.source = \"Kosinsky 2018\"\n  TV.notes = \"in µL\"\n  model is \"Kosinsky\"\n  tumour.source = \"JITC 6:17\"\nend")]
    [InlineData("unit day = 86400 second\nunit per_day = 1/day\nunit um = 1e-6 mole / liter\nk = 0.4; k has per_day\nc = 2; c has \"cells/µL\"\nmodel.timeUnits = day")]
    [InlineData("unit time_unit = 86400 second\nunit substance = 1e-9 mole")]
    [InlineData("compartment membrane = 1\nmembrane.spatialDimensions = 2\nspecies A in membrane\nA.initialAmount = 3\nconst species B in membrane\nB.boundaryCondition = false\ncf = 2\nA.conversionFactor = cf")]
    [InlineData("y := piecewise(1, time < 5, 2)\nz := xor(time > 1, time > 2) + log(2, 8) + -(3) + 2^-1")]
    public void Given_A_Construct_When_Parsed_Written_And_Parsed_Again_Then_The_Model_Is_The_Same(string text)
    {
        var model = TextModelParser.Parse(text);
        ModelEquivalence.AssertEquivalent(model, TextModelParser.Parse(TextModelWriter.Write(model)));
    }

    [Fact]
    public void Given_A_Small_Model_When_Written_Then_The_Text_Is_Laid_Out_By_Section()
    {
        var model = new ModelBuilder("decay") { Source = "assumed: illustration" }
            .AddParameter("k", 0.5, source: "assumed")
            .AddRateRule("x", -Expr.Symbol("k") * Expr.Symbol("x"), initialValue: 1.0, source: "first-order loss")
            .Build();
        Assert.Equal(
            """
            model decay

              // Parameters
              k = 0.5
              k.source = "assumed"
              x = 1

              // Rules
              x' = -k*x
              x.rule.source = "first-order loss"

              // Model
              model.source = "assumed: illustration"
            end

            """.ReplaceLineEndings("\n"),
            TextModelWriter.Write(model));
    }

    [Fact]
    public void Given_A_Reserved_Id_When_Written_Then_The_Writer_Refuses()
    {
        var model = new ModelBuilder("m").AddParameter("inf", 1).Build();
        Assert.Contains("'inf'", Assert.Throws<NotSupportedException>(() => TextModelWriter.Write(model)).Message);
    }

    [Fact]
    public void Given_Metadata_The_Format_Cannot_Name_When_Written_Then_A_Comment_Says_So()
    {
        var model = new ModelBuilder("m")
            .Add(new Parameter("a") { Value = 1, Constant = false })
            .Add(new AlgebraicRule(Expr.Symbol("a") - 1) { Source = "conservation" })
            .Build();
        Assert.Contains("// not written (no way to name it in this format): the name, source or notes of an algebraic rule", TextModelWriter.Write(model));
    }

    [Fact]
    public void Given_Units_That_Are_Not_A_Unit_Expression_When_Written_Then_They_Are_Quoted()
    {
        var model = new ModelBuilder("m").AddParameter("k", 1, units: "1/day").Build();
        Assert.Contains("k has \"1/day\"", TextModelWriter.Write(model)); // "day" is not defined in this model
    }
}
