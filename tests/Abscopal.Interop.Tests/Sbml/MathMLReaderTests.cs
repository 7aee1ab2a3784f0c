using System.Text;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.Ode;

namespace Abscopal.Interop.Tests.Sbml;

/// <summary>
/// MathML outside SBML's subset that libSBML reads (an &lt;apply&gt; whose only child is an &lt;apply&gt;: a parenthesised
/// expression, read as the inner expression by libSBML's readMathML, src/sbml/math/MathML.cpp), and the depth limits that keep
/// reading untrusted MathML from exhausting the stack.
/// </summary>
public class MathMLReaderTests
{
    private const string MathNs = "http://www.w3.org/1998/Math/MathML";

    private const string BeerModel = "data/petab-benchmark/Beer_MolBioSystems2014/model_Beer_MolBioSystems2014.xml";

    /// <summary>An L3V2 document: the header is lines 1–3, so the first line of <paramref name="body"/> is line 4.</summary>
    private static string Document(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
          <model id="m">
        {body}
          </model>
        </sbml>
        """;

    /// <summary>Beer et al.'s growth law in a compartment of size 2: v = medium · (Bac · beta · (Bacmax − Bac)) / Bacmax, in amounts.</summary>
    private static string GrowthModel(string numerator) => Document($"""
            <listOfCompartments><compartment id="medium" size="2" constant="true"/></listOfCompartments>
            <listOfSpecies><species id="Bac" compartment="medium" initialAmount="3" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
            <listOfParameters><parameter id="beta" value="0.5" constant="true"/><parameter id="Bacmax" value="10" constant="true"/></listOfParameters>
            <listOfReactions>
              <reaction id="growth" reversible="false">
                <listOfProducts><speciesReference species="Bac" stoichiometry="1" constant="true"/></listOfProducts>
                <kineticLaw>
                  <math xmlns="{MathNs}">
                    <apply><times/><ci>medium</ci>
                      <apply><divide/>
                        {numerator}
                        <ci>Bacmax</ci>
                      </apply>
                    </apply>
                  </math>
                </kineticLaw>
              </reaction>
            </listOfReactions>
        """);

    private const string Product = "<apply><times/><ci>Bac</ci><ci>beta</ci><apply><minus/><ci>Bacmax</ci><ci>Bac</ci></apply></apply>";

    [Fact]
    public void An_Apply_Whose_Only_Child_Is_An_Apply_Is_Read_As_That_Expression()
    {
        // Given Beer's growth law with its numerator wrapped in an extra <apply> (on line 14), and the same law without it
        var wrapped = SbmlReader.Parse(GrowthModel($"""
            <apply>
                              {Product}
                            </apply>
            """));
        var plain = SbmlReader.Parse(GrowthModel(Product));

        // When both are compiled and the rate is evaluated at the initial amount Bac = 3
        var instance = ModelCompiler.Compile(wrapped.Model).CreateInstance();
        var y = new double[instance.Dimension];
        instance.Initialize(0, y);
        var dydt = new double[instance.Dimension];
        instance.Derivative(0, y, dydt);

        // Then the law is the plain one, and dBac/dt = medium · Bac · beta · (Bacmax − Bac) / Bacmax = 2 · 3 · 0.5 · (10 − 3) / 10 = 2.1
        Assert.Equal(plain.Model.Reactions.Single().KineticLaw!.Math, wrapped.Model.Reactions.Single().KineticLaw!.Math);
        Assert.Equal(3.0, y[0]);
        Assert.Equal(2.1, dydt[0], 1e-15);

        // And at Bac = 4: 2 · 4 · 0.5 · (10 − 4) / 10 = 2.4
        instance.Derivative(0, [4.0], dydt);
        Assert.Equal(2.4, dydt[0], 1e-15);
    }

    [Fact]
    public void The_Parenthesised_Apply_Is_Reported_With_Its_Lines()
    {
        // Given the wrapping <apply> on line 14 of the document, its inner <apply> on line 15
        var document = SbmlReader.Parse(GrowthModel($"""
            <apply>
                              {Product}
                            </apply>
            """));

        // When it is read, then it is not silent: one warning names both lines and what was assumed
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(
            "line 14: an <apply> whose only child is an <apply> (line 15) is not SBML MathML; it is read as that inner expression, in parentheses, as libSBML reads it.",
            warning);
        Assert.Empty(document.Problems);
    }

    [Theory]
    [InlineData("<apply><apply><times/><ci>Bac</ci><ci>beta</ci></apply><ci>Bac</ci></apply>", "this one has 1 more")]
    [InlineData("<apply><apply><times/><ci>Bac</ci></apply><apply><times/><ci>beta</ci></apply></apply>", "this one has 1 more")]
    [InlineData("<apply><cn>2</cn></apply>", "<cn> is not part of SBML's MathML subset")]
    [InlineData("<apply><piecewise><otherwise><cn>2</cn></otherwise></piecewise></apply>", "<piecewise> is not part of SBML's MathML subset")]
    public void An_Apply_Without_An_Operator_And_More_Than_One_Child_Is_Still_Refused(string numerator, string expected)
    {
        // Given an <apply> that starts with an expression but is not a lone parenthesised <apply> (line 14)
        var xml = GrowthModel(numerator);

        // When it is read
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));

        // Then the refusal names the line and says why, as before this reading was added
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(14, problem.Line);
        Assert.True(problem.Unsupported);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Apply_Of_A_Lone_Ci_Stays_A_Call_Without_Arguments()
    {
        // Given <apply><ci>f</ci></apply>, which libSBML reads as a call of f with no arguments (not as the value of f)
        var document = SbmlReader.Parse(Document($"""
                <listOfFunctionDefinitions>
                  <functionDefinition id="f"><math xmlns="{MathNs}"><lambda><cn>7</cn></lambda></math></functionDefinition>
                </listOfFunctionDefinitions>
                <listOfParameters><parameter id="p" constant="false"/></listOfParameters>
                <listOfRules><assignmentRule variable="p"><math xmlns="{MathNs}"><apply><ci>f</ci></apply></math></assignmentRule></listOfRules>
            """));

        // When it is read, then the rule calls f and nothing is assumed
        var call = Assert.IsType<CallExpr>(Assert.Single(document.Model.Rules.OfType<AssignmentRule>()).Math);
        Assert.Equal("f", call.Name);
        Assert.Empty(call.Arguments);
        Assert.Empty(document.Warnings);
    }

    /// <summary>dx/dt = x + k + k + … (<paramref name="terms"/> operands in one &lt;plus&gt;, x first: n − 1 nested additions).</summary>
    private static string LongSum(int terms)
    {
        var math = new StringBuilder("<apply><plus/><ci>x</ci>");
        for (var i = 1; i < terms; i++)
        {
            math.Append("<ci>k</ci>");
        }

        return Document($"""
                <listOfParameters><parameter id="x" value="1" constant="false"/><parameter id="k" value="0.001" constant="true"/></listOfParameters>
                <listOfRules><rateRule variable="x"><math xmlns="{MathNs}">{math}</apply></math></rateRule></listOfRules>
            """);
    }

    private static void OnThread(int stackBytes, Action action)
    {
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            },
            stackBytes);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            throw new InvalidOperationException("the action failed on its thread", error);
        }
    }

    [Fact]
    public void A_Sum_At_The_Depth_Limit_Reads_Compiles_And_Simulates_On_A_Default_Sized_Thread_Stack()
    {
        // Given dx/dt = x + 998 k with 999 operands: x sits 998 additions, the <plus> and its own level deep = 1000, the limit
        var xml = LongSum(999);
        SimulationResult? result = null;

        // When it is read, compiled (the Jacobian differentiates through every level) and simulated to t = 1 on a thread with
        // 1.5 MiB of stack, the default for .NET's secondary threads on Linux
        OnThread(1536 * 1024, () =>
        {
            var instance = ModelCompiler.Compile(SbmlReader.Parse(xml).Model).CreateInstance();
            var settings = new SimulationSettings
            {
                EndTime = 1,
                OutputTimes = [1.0],
                Outputs = ["x"],
                Options = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 },
            };
            result = ModelSimulator.Simulate(instance, settings);
        });

        // Then x(1) = (x0 + 998 k)·e − 998 k = 1.998 e − 0.998 (the linear ODE's solution), to the solver tolerance
        var expected = (1.998 * Math.E) - 0.998;
        Assert.Equal(expected, result![0, 0], 1e-8);
    }

    [Fact]
    public void A_Sum_One_Term_Past_The_Depth_Limit_Is_Refused()
    {
        // Given the same sum with 1000 operands: 1001 levels
        var xml = LongSum(1000);

        // When it is read, then it is refused with the limit in the message
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));
        var problem = Assert.Single(ex.Problems);
        Assert.True(problem.Unsupported);
        Assert.Contains("nested more than 1000 levels deep", problem.Message, StringComparison.Ordinal);
    }

    private static string NestedNegations(int depth) => Document($"""
            <listOfParameters><parameter id="p" constant="false"/></listOfParameters>
            <listOfRules><assignmentRule variable="p"><math xmlns="{MathNs}">{string.Concat(Enumerable.Repeat("<apply><minus/>", depth))}<cn>1</cn>{string.Concat(Enumerable.Repeat("</apply>", depth))}</math></assignmentRule></listOfRules>
        """);

    [Fact]
    public void Math_Nested_Past_The_Limit_Is_Refused_By_The_Math_Reader()
    {
        // Given 1010 nested negations (1011 levels with the number): within the XML limit, past the math limit
        var xml = NestedNegations(1010);
        SbmlException? ex = null;

        // When it is read on a thread with a large stack (so that the limit, not the stack, decides)
        OnThread(16 * 1024 * 1024, () => ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml)));

        // Then the math reader refuses it at the limit, naming its line (line 5)
        var problem = Assert.Single(ex!.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("the math is nested more than 1000 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Math_Deeper_Than_A_Small_Stack_Allows_Is_Refused_Instead_Of_Crashing()
    {
        // Given 900 nested negations, within the limit, read on a thread with only 256 KiB of stack
        var xml = NestedNegations(900);
        SbmlException? ex = null;

        // When it is read (without the check the process would end with a stack overflow, which cannot be caught)
        OnThread(256 * 1024, () => ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml)));

        // Then it is refused with a message that says the stack is the reason
        var problem = Assert.Single(ex!.Problems);
        Assert.Contains("for the stack of the thread reading it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_Nested_A_Hundred_Thousand_Deep_Is_Refused_Quickly()
    {
        // Given 100,000 nested negations (2.3 MB); before the XML depth limit this took minutes to load (LINQ to XML walks to the
        // root for every element it adds) and then overflowed the stack
        var xml = NestedNegations(100_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When it is read
        var ex = Assert.Throws<SbmlException>(() => SbmlReader.Parse(xml));

        // Then the XML depth is named as the problem, on line 5, within seconds on a loaded machine
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(5, problem.Line);
        Assert.True(problem.Unsupported);
        Assert.Contains("the XML is nested more than 1064 levels deep", problem.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [SharedDataFact(BeerModel)]
    public void The_Beer_Benchmark_Model_Reads_And_Compiles_With_Its_Parenthesised_Growth_Law()
    {
        // Given the PEtab benchmark model Beer_MolBioSystems2014 (SBML L2V4): 4 species, none boundary or constant, and one kinetic
        // law (reaction1, line 107) with a parenthesised <apply>
        var document = SbmlReader.ReadFile(SharedData.PathOf(BeerModel));

        // When it is compiled and its rates are evaluated at the initial state at t = 2 (after the lag, tau = 1: lag = 1)
        var instance = ModelCompiler.Compile(document.Model).CreateInstance();
        var y = new double[instance.Dimension];
        instance.Initialize(0, y);
        var dydt = new double[instance.Dimension];
        instance.Derivative(2, y, dydt);

        // Then it has the 4 states, one warning for the parenthesised <apply> and one for its unit definition named 'time'
        Assert.Empty(document.Problems);
        Assert.Equal<string>(["Bac", "Glu", "cGlu", "Ind"], instance.Model.StateIds);
        Assert.Equal(2, document.Warnings.Length);
        Assert.Single(document.Warnings, w => w.StartsWith("line 107: an <apply> whose only child is an <apply> (line 108)", StringComparison.Ordinal));
        Assert.Single(document.Warnings, w => w.Contains("'time'", StringComparison.Ordinal));

        // And with every parameter 1, medium = 1, Bac = init_Bac = b = 0.0147007946993721, Glu = 10, cGlu = Ind = 0 (the file):
        // dBac/dt = medium·Bac·beta·lag·(Bacmax − Bac)/Bacmax = b(1 − b); dGlu/dt = −b·Glu·ksyn = −10b; dcGlu/dt = b·Glu·ksyn − cGlu²·kdim = 10b;
        // dInd/dt = cGlu²·kdim − Ind·kdegi = 0
        const double b = 0.0147007946993721;
        Assert.Equal(b, y[0]);
        Assert.Equal(b * (1 - b), dydt[0], 1e-17);
        Assert.Equal(-10 * b, dydt[1], 1e-16);
        Assert.Equal(10 * b, dydt[2], 1e-16);
        Assert.Equal(0.0, dydt[3]);
    }
}
