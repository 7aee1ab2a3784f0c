namespace Abscopal.Modeling.Tests.Text;

public class DeclarationParsingTests
{
    [Fact]
    public void Given_Compartment_Declarations_When_Parsed_Then_They_Have_Sizes()
    {
        var model = ParseAssert.Parse("compartment cytoplasm = 1.5, mitochondria = 2.6\ncompartment nucleus");
        Assert.Equal([1.5, 2.6, null], model.Compartments.Select(c => c.Size));
        Assert.All(model.Compartments, c => Assert.True(c.Constant));
    }

    [Fact]
    public void Given_A_Species_List_When_Parsed_Then_In_Applies_To_The_Name_Before_It_As_In_Antimony()
    {
        var model = ParseAssert.Parse("compartment C = 1\nspecies A, B in C, $D in C");
        Assert.Equal("default_compartment", model.Species("A").Compartment);
        Assert.Equal("C", model.Species("B").Compartment);
        Assert.Equal("C", model.Species("D").Compartment);
        Assert.True(model.Species("D").BoundaryCondition);
    }

    [Fact]
    public void Given_Name_In_Compartment_When_Parsed_Then_The_Name_Is_A_Species_There()
    {
        var model = ParseAssert.Parse("S2 in comp2\nS1 in comp2 = 5\ncomp2 = 3");
        Assert.Equal(["S2", "S1"], model.Species.Select(s => s.Id));
        Assert.Equal(5.0, model.Species("S1").InitialConcentration);
        Assert.Equal(3.0, model.Compartment("comp2").Size);
    }

    [Fact]
    public void Given_SubstanceOnly_Species_When_Parsed_Then_Their_Symbol_Means_The_Amount()
    {
        var model = ParseAssert.Parse("substanceOnly species A\nsubstanceOnly B\nA = 2.5; B = 1");
        Assert.True(model.Species("A").HasOnlySubstanceUnits);
        Assert.Equal(2.5, model.Species("A").InitialAmount);
        Assert.True(model.Species("B").HasOnlySubstanceUnits);
    }

    [Fact]
    public void Given_Const_And_Var_When_Parsed_Then_They_Set_Constness_Over_What_Rules_Imply()
    {
        var model = ParseAssert.Parse("const k, m\nvar x\nk = 1; m = 2; x = 3\nformula f\nf = 4");
        Assert.True(model.Parameter("k").Constant);
        Assert.True(model.Parameter("m").Constant);
        Assert.False(model.Parameter("x").Constant);
        Assert.True(model.Parameter("f").Constant);
    }

    [Fact]
    public void Given_A_Declaration_With_A_Rule_When_Parsed_Then_It_Declares_And_Defines()
    {
        var model = ParseAssert.Parse("species S1 in C := 3 + p\ncompartment C = 1\np = 1");
        Assert.Equal("C", model.Species("S1").Compartment);
        Assert.Equal("S1", Assert.IsType<AssignmentRule>(Assert.Single(model.Rules)).Variable);
    }

    [Fact]
    public void Given_A_Var_Compartment_When_Parsed_Then_It_Is_Not_Constant()
    {
        var model = ParseAssert.Parse("var compartment C = 1\nconst compartment D = 2\nE' = 0.1\ncompartment E = 1");
        Assert.False(model.Compartment("C").Constant);
        Assert.True(model.Compartment("D").Constant);
        Assert.False(model.Compartment("E").Constant); // a rate rule changes it
    }
}
