using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Text;

public class ReactionParsingTests
{
    [Fact]
    public void Given_A_Named_Reaction_When_Parsed_Then_It_Has_Reactants_Products_Stoichiometry_And_Rate()
    {
        var model = ParseAssert.Parse("J1: S1 + 2 S2 -> 3 S3 + 5S4; k4*S1*S2*S2\nk4 = 1");
        var reaction = model.Reaction("J1");
        Assert.Equal([new SpeciesReference("S1"), new SpeciesReference("S2") { Stoichiometry = 2 }], reaction.Reactants.AsEnumerable());
        Assert.Equal([new SpeciesReference("S3") { Stoichiometry = 3 }, new SpeciesReference("S4") { Stoichiometry = 5 }], reaction.Products.AsEnumerable());
        Assert.Equal("k4*S1*S2*S2", reaction.KineticLaw!.Math.ToString());
        Assert.True(reaction.Reversible);
    }

    [Fact]
    public void Given_Reactions_With_Either_Arrow_When_Parsed_Then_Double_Arrow_Is_Irreversible()
    {
        var model = ParseAssert.Parse("J0: A -> B; k*A\nJ1: B => C; k*B\nk = 1");
        Assert.True(model.Reaction("J0").Reversible);
        Assert.False(model.Reaction("J1").Reversible);
    }

    [Fact]
    public void Given_Unnamed_Reactions_When_Parsed_Then_They_Get_Automatic_Ids_That_Avoid_Used_Ones()
    {
        var model = ParseAssert.Parse("-> A; k0\nA -> ; kd*A\n_J1: A -> B; kd*A\nA -> C; kd*A\nk0 = 1; kd = 0.1");
        Assert.Equal(["_J0", "_J2", "_J1", "_J3"], model.Reactions.Select(r => r.Id));
        Assert.Empty(model.Reactions[0].Reactants);
        Assert.Empty(model.Reactions[1].Products);
    }

    [Fact]
    public void Given_Undeclared_Participants_When_Parsed_Then_They_Are_Species_In_A_Default_Compartment_Of_Size_1()
    {
        var model = ParseAssert.Parse("S1 -> S2; k1*S1\nS1 = 10\nk1 = 0.1");
        var compartment = Assert.Single(model.Compartments);
        Assert.Equal(new Compartment("default_compartment") { Size = 1.0 }, compartment);
        Assert.All(model.Species, s => Assert.Equal("default_compartment", s.Compartment));
        Assert.Equal(10.0, model.Species("S1").InitialConcentration);
        Assert.Equal(["k1"], model.Parameters.Select(p => p.Id));
    }

    [Fact]
    public void Given_The_Default_Compartment_Given_A_Size_When_Parsed_Then_Undeclared_Species_Use_It() =>
        Assert.Equal(new Compartment("default_compartment") { Size = 2.0 }, Assert.Single(ParseAssert.Parse("A -> B; k*A\nk = 1\ndefault_compartment = 2").Compartments));

    [Fact]
    public void Given_A_Dollar_Species_When_Parsed_Then_It_Is_A_Boundary_Species_That_May_Still_Change()
    {
        var model = ParseAssert.Parse("$Xo -> S1; k1*Xo\nXo = 5; k1 = 1");
        var xo = model.Species("Xo");
        Assert.True(xo.BoundaryCondition);
        Assert.False(xo.Constant);
        Assert.False(model.Species("S1").BoundaryCondition);
    }

    [Fact]
    public void Given_A_Const_Species_When_Parsed_Then_It_Is_A_Constant_Boundary_Species_As_In_Antimony()
    {
        var model = ParseAssert.Parse("const S1\nS1 -> S2; k1*S1\nk1 = 1");
        Assert.True(model.Species("S1").BoundaryCondition);
        Assert.True(model.Species("S1").Constant);
    }

    [Fact]
    public void Given_A_Stoichiometry_Name_When_Parsed_Then_It_Is_The_Species_Reference_Id_And_Its_Value_The_Stoichiometry()
    {
        var model = ParseAssert.Parse("J0: n A -> B; k*A\nn = 3\nJ1: m B -> C; k*B\nm = 2*k\nk = 1");
        Assert.Equal(new SpeciesReference("A") { Id = "n", Stoichiometry = 3 }, model.Reaction("J0").Reactants[0]);
        Assert.Equal(new SpeciesReference("B") { Id = "m", Stoichiometry = null }, model.Reaction("J1").Reactants[0]);
        Assert.Equal("m", Assert.Single(model.InitialAssignments).Symbol);
        Assert.DoesNotContain(model.Parameters, p => p.Id is "n" or "m");
    }

    [Fact]
    public void Given_Species_In_The_Rate_That_Are_Not_Participants_When_Parsed_Then_They_Are_The_Modifiers()
    {
        var model = ParseAssert.Parse("J0: S -> P; kcat*E*S/(Km + S)\nspecies E\nkcat = 1; Km = 2");
        Assert.Equal(["E"], model.Reaction("J0").Modifiers.AsEnumerable());
    }

    [Fact]
    public void Given_A_Reaction_Without_Semicolon_When_Parsed_Then_It_Has_No_Kinetic_Law() =>
        Assert.Null(ParseAssert.Parse("J0: A -> B").Reaction("J0").KineticLaw);

    [Fact]
    public void Given_A_Rate_Given_Separately_When_Parsed_Then_It_Is_The_Kinetic_Law()
    {
        // Antimony: "J0: S1 + E -> ES;" then "J0 = ..." says the same as writing the rate after ';'.
        var model = ParseAssert.Parse("J0: S1 + E -> ES;\nJ0 = k1*S1*E\nk1 = 2");
        Assert.Equal(Expr.Multiply(Expr.Multiply(Expr.Symbol("k1"), Expr.Symbol("S1")), Expr.Symbol("E")), model.Reaction("J0").KineticLaw!.Math);
        Assert.Empty(model.InitialAssignments);
    }

    [Fact]
    public void Given_A_Reaction_In_A_Compartment_When_Parsed_Then_It_Records_The_Compartment()
    {
        var model = ParseAssert.Parse("compartment cell = 2\nJ0 in cell: A -> B; k*A\nJ1: B -> C; k*B in cell\nk = 1");
        Assert.Equal("cell", model.Reaction("J0").Compartment);
        Assert.Equal("cell", model.Reaction("J1").Compartment);
    }

    [Fact]
    public void Given_Local_Parameters_When_Parsed_Then_They_Belong_To_The_Kinetic_Law()
    {
        var model = ParseAssert.Parse("J0: A -> B; k*A\nJ0.k = 0.3\nk = 5");
        var local = Assert.Single(model.Reaction("J0").KineticLaw!.LocalParameters);
        Assert.Equal(new Parameter("k") { Value = 0.3 }, local);
        Assert.Equal(5.0, model.Parameter("k").Value);
    }

    [Fact]
    public void Given_A_Local_Parameter_Only_When_Used_In_Its_Rate_Then_No_Global_Is_Needed()
    {
        var model = ParseAssert.Parse("J0: A -> B; kf*A\nJ0.kf = 0.3");
        Assert.Empty(model.Parameters);
    }

    [Fact]
    public void Given_Explicit_Modifiers_And_Fast_When_Parsed_Then_They_Override_Inference()
    {
        var model = ParseAssert.Parse("J0: A -> B; k*A\nspecies E\nJ0.modifiers = {E}\nJ0.fast = true\nk = 1");
        Assert.Equal(["E"], model.Reaction("J0").Modifiers.AsEnumerable());
        Assert.True(model.Reaction("J0").Fast);
    }
}
