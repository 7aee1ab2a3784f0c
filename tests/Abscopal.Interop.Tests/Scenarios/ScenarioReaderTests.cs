using Abscopal.Interop.Scenarios;
using Abscopal.Models.Patients;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>How the reader reports problems: every error at once, with line, column, path, value, what is allowed and a suggestion.</summary>
public class ScenarioReaderTests
{
    private const string Valid = """
        model: abscopal-core
        patient:
          species: human
          subtype: TNBC
          weight_kg: 70
          lesions:
            - { id: liver1, site: liver, diameter_mm: 30 }
        simulation: { days: 60 }
        """;

    private static IReadOnlyList<ScenarioError> Errors(string yaml, ScenarioReaderOptions? options = null) =>
        ScenarioReader.Parse(yaml, "s.yaml", options).Errors;

    [Fact]
    public void A_Valid_File_Has_No_Errors_And_Defaults_Are_Filled_In()
    {
        var result = ScenarioReader.Parse(Valid);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        Assert.Equal(new ScenarioSimulation(60, 1, 1e-6, 1e-9), result.Scenario!.Simulation);
        Assert.Same(ScenarioTreatment.None, result.Scenario.Treatment);
        Assert.Same(Biomarkers.None, result.Scenario.Patient!.Biomarkers);
    }

    [Fact]
    public void An_Unknown_Key_Names_Its_Position_And_The_Nearest_Valid_Key()
    {
        var error = Assert.Single(Errors(Valid.Replace("diameter_mm", "diametre_mm", StringComparison.Ordinal)));
        Assert.Equal(7, error.Line);
        Assert.Equal(34, error.Column);
        Assert.Equal("patient.lesions[0].diametre_mm", error.Path);
        Assert.Contains("did you mean 'diameter_mm'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Error_In_The_File_Is_Reported_In_File_Order()
    {
        var yaml = Valid
            .Replace("TNBC", "TNBS", StringComparison.Ordinal)
            .Replace("diameter_mm: 30", "diameter_mm: -3", StringComparison.Ordinal)
            .Replace("days: 60", "days: 0", StringComparison.Ordinal);
        var errors = Errors(yaml);
        Assert.Equal(["patient.subtype", "patient.lesions[0].diameter_mm", "simulation.days"], errors.Select(e => e.Path));
        Assert.Equal([4, 7, 8], errors.Select(e => e.Line));
        Assert.Equal("'TNBS' is not allowed; did you mean 'TNBC'?; allowed: TNBC, HR+/HER2-, HER2+", errors[0].Message);
        Assert.Equal("-3 is out of range; allowed: number in (0, 300] mm", errors[1].Message);
        Assert.Equal("0 is out of range; allowed: number in (0, 3650] days", errors[2].Message);
    }

    [Fact]
    public void A_Biomarker_The_Model_Library_Rejects_Is_Reported_At_Its_Key()
    {
        // Given rsi: 1 (allowed by the schema's (0, 1] but not by Biomarkers, whose surviving fraction at 2 Gy must be below 1)
        var yaml = Valid.Replace("weight_kg: 70", "weight_kg: 70\n  biomarkers: { rsi: 1 }", StringComparison.Ordinal);

        // When read / Then one error points at the rsi key on line 6 and quotes the library's range
        var error = Assert.Single(Errors(yaml));
        Assert.Equal(6, error.Line);
        Assert.Equal("patient.biomarkers.rsi", error.Path);
        Assert.StartsWith("rsi must be in [", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Patient_Block_Becomes_A_Model_Library_Patient()
    {
        // Given a mouse with two lesions, one given by volume and one by diameter
        var yaml = """
            model: abscopal-core
            patient:
              species: mouse
              tumor_model: 4T1
              biomarkers: { alc_per_uL: 4000 }
              lesions:
                - { id: primary, site: flank, volume_mm3: 100 }
                - { id: lung, site: lung, diameter_mm: 2 }
            simulation: { days: 30 }
            """;

        // When read and turned into a Patient
        var patient = ScenarioReader.Read(yaml).Patient!.ToPatient();

        // Then species, line, default 20 g weight, biomarkers and lesions carry over; a 2 mm sphere is π·8/6 mm³
        Assert.Equal(HostSpecies.Mouse, patient.Species);
        Assert.Equal(MurineTumorLine.FourT1, patient.TumorLine);
        Assert.Equal(0.020, patient.WeightKg);
        Assert.Equal(4000, patient.Biomarkers.AlcPerMicrolitre);
        Assert.Equal(["primary", "lung"], patient.Lesions.Select(l => l.Id));
        Assert.Equal([AnatomicSite.Flank, AnatomicSite.Lung], patient.Lesions.Select(l => l.Site));
        Assert.Equal(100, patient.Lesions[0].VolumeMm3);
        Assert.Equal(Math.PI * 8 / 6, patient.Lesions[1].VolumeMm3, 12);
    }

    [Fact]
    public void An_Unknown_Drug_Lists_The_Known_Ones()
    {
        var yaml = Valid + "\ntreatment: { drugs: [{ drug: keytruda, dose_mg: 200, cycles: 1 }] }\n";
        var error = Assert.Single(Errors(yaml));
        Assert.Equal("treatment.drugs[0].drug", error.Path);
        Assert.Equal(
            "'keytruda' is not allowed; allowed: pembrolizumab, atezolizumab, nivolumab, durvalumab, ipilimumab, murine-anti-pd-1, murine-anti-pd-l1, murine-anti-ctla-4, anti-PD-1, anti-PD-L1, anti-CTLA-4",
            error.Message);
    }

    [Fact]
    public void An_Unknown_Model_Id_Is_Reported_Only_When_The_Known_Models_Are_Given()
    {
        var yaml = Valid.Replace("abscopal-core", "abscopal-cor", StringComparison.Ordinal);
        Assert.Empty(Errors(yaml));
        var error = Assert.Single(Errors(yaml, new ScenarioReaderOptions { KnownModels = ["kosinsky2018", "abscopal-core"] }));
        Assert.Equal("unknown model 'abscopal-cor'; did you mean 'abscopal-core'?; allowed: abscopal-core, kosinsky2018, or the path of a .ant or .xml file", error.Message);
    }

    [Fact]
    public void A_Model_Path_Is_Resolved_Against_The_Scenario_Directory()
    {
        var directory = Path.Combine(Golden.Root, "examples", "models");
        var yaml = "model: kosinsky2018.ant\nsimulation: { days: 5 }\n";
        var scenario = ScenarioReader.Read(yaml, options: new ScenarioReaderOptions { BaseDirectory = directory });
        Assert.Equal(Path.Combine(directory, "kosinsky2018.ant"), scenario.ModelPath);
    }

    [Fact]
    public void A_Syntax_Error_Is_One_Error_With_Its_Position()
    {
        var error = Assert.Single(Errors("model: x\nsimulation: { days: 3\n"));
        Assert.Equal(string.Empty, error.Path);
        Assert.StartsWith("YAML syntax:", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a\n- b\n")]
    [InlineData("42\n")]
    public void A_Document_That_Is_Not_A_Mapping_Is_Rejected(string yaml)
    {
        var errors = Errors(yaml);
        Assert.NotEmpty(errors);
        Assert.False(ScenarioReader.Parse(yaml).IsValid);
    }

    [Fact]
    public void Read_Throws_With_Every_Error()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioReader.Read("model: m\nsimulation: { days: -1, rtol: 5 }\n", "x.yaml"));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal(ex.Errors[0].ToString(), ex.Message);
    }

    [Fact]
    public void Output_Times_End_Exactly_At_The_Last_Day_Even_When_It_Is_Not_A_Multiple()
    {
        Assert.Equal([0.0, 7, 14, 20], new ScenarioSimulation(20, 7, 1e-6, 1e-9).OutputTimes());
        Assert.Equal([0.0, 0.5, 1], new ScenarioSimulation(1, 0.5, 1e-6, 1e-9).OutputTimes());
    }

    [Fact]
    public void A_Key_Given_Twice_Is_An_Error_At_The_Second_One()
    {
        var error = Assert.Single(Errors("model: a\nmodel: b\nsimulation: { days: 3 }\n"));
        Assert.Equal(2, error.Line);
        Assert.Contains("model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Tagged_String_Is_A_String_And_Non_Finite_Numbers_Are_Rejected()
    {
        var tagged = Assert.Single(Errors("model: m\nsimulation: { days: !!str 30 }\n"));
        Assert.Equal("expected a number, found string '30'", tagged.Message);
        var infinite = Assert.Single(Errors("model: m\nsimulation: { days: .inf }\n"));
        Assert.Equal("simulation.days", infinite.Path);
        Assert.Equal(".inf is out of range; allowed: number in (0, 3650] days", infinite.Message);
    }
}
