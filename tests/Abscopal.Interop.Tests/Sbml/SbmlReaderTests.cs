using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;

namespace Abscopal.Interop.Tests.Sbml;

/// <summary>Safe, explicit parsing: no DTDs or external entities, problems named with element and line, refusals instead of silent skips.</summary>
public class SbmlReaderTests
{
    private const string Header = """<?xml version="1.0" encoding="UTF-8"?>""";

    private static string Document(string modelBody, int level = 3, int version = 2)
    {
        var ns = level == 3 ? $"http://www.sbml.org/sbml/level3/version{version}/core" : $"http://www.sbml.org/sbml/level2/version{version}";
        return $"""
            {Header}
            <sbml xmlns="{ns}" level="{level}" version="{version}">
              <model id="m">
            {modelBody}
              </model>
            </sbml>
            """;
    }

    [Fact]
    public void A_Dtd_With_An_External_Entity_Is_Refused_Without_Reading_It()
    {
        // Given a classic XXE attempt: a DTD declaring an external entity that points at a local file
        var xml = Header + "\n<!DOCTYPE sbml [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\"><model id=\"&xxe;\"/></sbml>";

        // When it is read
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));

        // Then the DTD is named as the reason and nothing of the file leaks into the message
        var problem = Assert.Single(ex.Problems);
        Assert.Contains("DTD", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_Xml_Is_Reported_With_Its_Line()
    {
        // Given XML whose <listOfParameters> is never closed (line 5 of the document)
        var xml = Document("    <listOfParameters>\n      <parameter id=\"k\" value=\"1\" constant=\"true\"/>\n");

        // When it is read, then the problem is malformed XML with a line number
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));
        var problem = Assert.Single(ex.Problems);
        Assert.Contains("malformed XML", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void An_Invalid_Element_Is_Named_With_Its_Id_And_Line()
    {
        // Given a species that names an undeclared compartment, on line 5 (after the declaration, <sbml>, <model> and <listOfSpecies>)
        var xml = Document("""
                <listOfSpecies>
                  <species id="S1" compartment="nowhere" initialAmount="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
                </listOfSpecies>
            """);

        // When it is read
        var document = SbmlReader.Inspect(new StringReader(xml));

        // Then the problem names the species and its line, and the model is not silently accepted
        Assert.Contains(document.Problems, p => p.ToString().Contains("S1", StringComparison.Ordinal) && p.Line == 5);
    }

    [Fact]
    public void A_Required_Package_Is_Refused_As_Unsupported()
    {
        // Given a document that requires the comp package
        var xml = Header + """
            <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="1" comp:required="true">
              <model id="m"><comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="B"/></comp:listOfSubmodels></model>
            </sbml>
            """;

        // When it is read, then the refusal is marked unsupported and names the package
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));
        Assert.True(ex.IsUnsupported);
        Assert.Contains("comp", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Algebraic_Rule_And_A_Fast_Reaction_Are_Refused_By_Name_When_Compiled()
    {
        // Given an algebraic rule 0 = x − 2y (read into the IR, which records it faithfully)
        var algebraic = SbmlReader.Parse(Document("""
                <listOfParameters>
                  <parameter id="x" value="1" constant="false"/>
                  <parameter id="y" value="2" constant="false"/>
                </listOfParameters>
                <listOfRules>
                  <algebraicRule><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><minus/><ci>x</ci><apply><times/><cn>2</cn><ci>y</ci></apply></apply></math></algebraicRule>
                </listOfRules>
            """));

        // When it is compiled, then it is refused with a message that names the element and says it is not supported
        var ex = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(algebraic.Model));
        Assert.Contains("algebraic rule", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not supported", ex.Message, StringComparison.Ordinal);

        // And a fast reaction (SBML L2V4) is refused by its id
        var fast = SbmlReader.Parse(Document("""
                <listOfCompartments><compartment id="C" size="1"/></listOfCompartments>
                <listOfSpecies><species id="S" compartment="C" initialAmount="1"/></listOfSpecies>
                <listOfReactions>
                  <reaction id="Rfast" fast="true"><listOfReactants><speciesReference species="S"/></listOfReactants>
                    <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><ci>S</ci></math></kineticLaw></reaction>
                </listOfReactions>
            """, level: 2, version: 4));
        var fastEx = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(fast.Model));
        Assert.Contains("'Rfast'", fastEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Id_Named_Time_Is_Renamed_And_Reported()
    {
        // Given a parameter whose id is "time" (SBML Test Suite case 1820), used next to the time csymbol
        var document = SbmlReader.Parse(Document("""
                <listOfParameters>
                  <parameter id="time" value="10" constant="true"/>
                  <parameter id="y" constant="false"/>
                </listOfParameters>
                <listOfRules>
                  <assignmentRule variable="y"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><plus/><ci> time </ci>
                    <csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time"> t </csymbol></apply></math></assignmentRule>
                </listOfRules>
            """));

        // When it is read
        var renamed = document.ModelId("time");

        // Then the parameter has a free id, the reference follows it, and the csymbol stays model time
        Assert.Equal("time_", renamed);
        Assert.Equal(10.0, document.Model.Parameters.Single(p => p.Id == renamed).Value);
        var rule = Assert.Single(document.Model.Rules.OfType<AssignmentRule>());
        Assert.Contains(renamed, rule.Math.Symbols());
        Assert.True(rule.Math.DependsOnTime());
        Assert.Contains(document.Warnings, w => w.Contains("'time'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Document_Over_The_Size_Limit_Is_Refused()
    {
        // Given a document one comment larger than the limit would allow (the limit is counted in characters)
        var padding = new string(' ', (int)SbmlReader.MaxDocumentCharacters);
        var xml = Document(padding);

        // When it is read, then the size is named as the problem
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));
        Assert.Contains("larger than the limit", ex.Message, StringComparison.Ordinal);
    }
}
