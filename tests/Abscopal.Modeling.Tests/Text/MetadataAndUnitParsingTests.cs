namespace Abscopal.Modeling.Tests.Text;

public class MetadataAndUnitParsingTests
{
    [Fact]
    public void Given_Display_Names_When_Parsed_Then_They_Are_The_Elements_Names()
    {
        var model = ParseAssert.Parse("""
            model tumour
              TV' = r*TV
              TV = 15; r = 0.4
              TV is "Tumour volume"
              r is "Growth rate"
              model is "Kosinsky tumour model"
            end
            """);
        Assert.Equal("Tumour volume", model.Parameter("TV").Name);
        Assert.Equal("Growth rate", model.Parameter("r").Name);
        Assert.Equal("Kosinsky tumour model", model.Name);
    }

    [Fact]
    public void Given_Sources_And_Notes_When_Parsed_Then_Every_Kind_Of_Element_Takes_Them()
    {
        var model = ParseAssert.Parse("""
            model kos
              compartment C = 1
              species A in C
              J0: A -> ; kd*A
              kd = 0.2
              E1: at time > 1: A = 0
              function f(x)
                x
              end
              y := f(kd)
              kd.source = "Kosinsky 2018 Table 1"
              kd.notes = "first-order loss"
              A.source = "assumed: illustration"
              C.source = "c"
              J0.source = "r"
              E1.source = "e"
              f.source = "f"
              y.rule.source = "eq. 3"
              J0.kineticLaw.notes = "mass action"
              E1.A.notes = "reset"
              kos.source = "Kosinsky et al. 2018, J Immunother Cancer 6:17"
              model.notes = "model notes"
              A notes "Antimony-style notes"
            end
            """);
        Assert.Equal("Kosinsky 2018 Table 1", model.Parameter("kd").Source);
        Assert.Equal("first-order loss", model.Parameter("kd").Notes);
        Assert.Equal("assumed: illustration", model.Species("A").Source);
        Assert.Equal("Antimony-style notes", model.Species("A").Notes);
        Assert.Equal("c", model.Compartment("C").Source);
        Assert.Equal("r", model.Reaction("J0").Source);
        Assert.Equal("mass action", model.Reaction("J0").KineticLaw!.Notes);
        Assert.Equal("e", model.Events[0].Source);
        Assert.Equal("reset", model.Events[0].Assignments[0].Notes);
        Assert.Equal("f", model.Functions[0].Source);
        Assert.Equal("eq. 3", model.Rules[0].Source);
        Assert.Equal("Kosinsky et al. 2018, J Immunother Cancer 6:17", model.Source);
        Assert.Equal("model notes", model.Notes);
    }

    [Fact]
    public void Given_Strings_With_Escapes_When_Parsed_Then_They_Are_Unescaped() =>
        Assert.Equal("a \"quoted\"\nline\\", ParseAssert.Parse("k = 1\nk.notes = \"a \\\"quoted\\\"\\nline\\\\\"").Parameter("k").Notes);

    [Fact]
    public void Given_Unit_Definitions_When_Parsed_Then_They_Become_SBML_Factors()
    {
        var model = ParseAssert.Parse("""
            unit day = 86400 second
            unit per_day = 1/day
            unit hour = 3600 seconds
            unit micromolar = 1e-6 mole / liter
            unit area = metre^2
            unit daily_feeding = 1 item / 86400 seconds
            unit flux = (mole/litre)^2
            """);
        var units = model.UnitDefinitions.ToDictionary(u => u.Id);
        Assert.Equal([new UnitFactor("second", Multiplier: 86400)], units["day"].Factors.AsEnumerable());
        Assert.Equal([new UnitFactor("day", Exponent: -1)], units["per_day"].Factors.AsEnumerable());
        Assert.Equal([new UnitFactor("second", Multiplier: 3600)], units["hour"].Factors.AsEnumerable());
        Assert.Equal([new UnitFactor("mole", Scale: -6), new UnitFactor("litre", Exponent: -1)], units["micromolar"].Factors.AsEnumerable());
        Assert.Equal([new UnitFactor("metre", Exponent: 2)], units["area"].Factors.AsEnumerable());
        Assert.Equal([new UnitFactor("item"), new UnitFactor("second", Exponent: -1, Multiplier: 86400)], units["daily_feeding"].Factors.AsEnumerable());
        Assert.Equal([new UnitFactor("mole", Exponent: 2), new UnitFactor("litre", Exponent: -2)], units["flux"].Factors.AsEnumerable());
    }

    [Fact]
    public void Given_Has_When_Parsed_Then_The_Unit_Text_Is_The_Elements_Units()
    {
        var model = ParseAssert.Parse("""
            unit day = 86400 second
            unit per_day = 1/day
            k = 0.4; k has per_day
            V = 1; V has 1/day
            c = 2; c has "cells/µL"
            compartment C = 1; C has litre
            """);
        Assert.Equal("per_day", model.Parameter("k").Units);
        Assert.Equal("1/day", model.Parameter("V").Units);
        Assert.Equal("cells/µL", model.Parameter("c").Units);
        Assert.Equal("litre", model.Compartment("C").Units);
    }

    [Fact]
    public void Given_Antimony_Model_Unit_Names_When_Defined_Then_They_Set_The_Models_Default_Units()
    {
        var model = ParseAssert.Parse("unit time_unit = 86400 second\nunit substance = 1e-9 mole\nunit volume = 1e-6 litre\nunit extent = substance");
        Assert.Equal("time_unit", model.TimeUnits);
        Assert.Equal("substance", model.SubstanceUnits);
        Assert.Equal("volume", model.VolumeUnits);
        Assert.Equal("extent", model.ExtentUnits);
    }

    [Fact]
    public void Given_Explicit_Model_Units_When_Parsed_Then_They_Name_Any_Unit()
    {
        var model = ParseAssert.Parse("unit day = 86400 second\nmodel.timeUnits = day\nmodel.volumeUnits = litre");
        Assert.Equal("day", model.TimeUnits);
        Assert.Equal("litre", model.VolumeUnits);
    }

    [Fact]
    public void Given_Species_And_Compartment_Properties_When_Parsed_Then_They_Set_Their_Fields()
    {
        var model = ParseAssert.Parse("""
            compartment membrane = 1
            membrane.spatialDimensions = 2
            species A in membrane, B in membrane
            A.initialAmount = 3
            const B
            B.boundaryCondition = false
            cf = 2
            A.conversionFactor = cf
            model.conversionFactor = cf
            """);
        Assert.Equal(2.0, model.Compartment("membrane").SpatialDimensions);
        Assert.Equal(3.0, model.Species("A").InitialAmount);
        Assert.Equal("cf", model.Species("A").ConversionFactor);
        Assert.False(model.Species("B").BoundaryCondition);
        Assert.True(model.Species("B").Constant);
        Assert.Equal("cf", model.ConversionFactor);
    }
}
