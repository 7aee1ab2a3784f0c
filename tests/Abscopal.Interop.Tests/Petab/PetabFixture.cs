namespace Abscopal.Interop.Tests.Petab;

/// <summary>
/// A small PEtab problem written to a temporary folder: dx/dt = −k·x (x₀ = 10) and dy/dt = p − k·y (y₀ = 0), so that
/// x(t) = x₀·e^(−k t) and, after preequilibration with p = p₁, y(t) = (p₁/k)·e^(−k t) once p = 0: closed forms to check against.
/// Each table can be replaced to write a faulty problem.
/// </summary>
internal sealed class PetabFixture : IDisposable
{
    public const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
          <model id="decay">
            <listOfCompartments><compartment id="cell" size="1" constant="true" spatialDimensions="3"/></listOfCompartments>
            <listOfSpecies>
              <species id="x" compartment="cell" initialConcentration="10" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
              <species id="y" compartment="cell" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
            </listOfSpecies>
            <listOfParameters>
              <parameter id="k" value="1" constant="true"/>
              <parameter id="p" value="0" constant="true"/>
            </listOfParameters>
            <listOfReactions>
              <reaction id="decay_x" reversible="false">
                <listOfReactants><speciesReference species="x" stoichiometry="1" constant="true"/></listOfReactants>
                <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>cell</ci><ci>k</ci><ci>x</ci></apply></math></kineticLaw>
              </reaction>
              <reaction id="make_y" reversible="false">
                <listOfProducts><speciesReference species="y" stoichiometry="1" constant="true"/></listOfProducts>
                <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>cell</ci><ci>p</ci></apply></math></kineticLaw>
              </reaction>
              <reaction id="decay_y" reversible="false">
                <listOfReactants><speciesReference species="y" stoichiometry="1" constant="true"/></listOfReactants>
                <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>cell</ci><ci>k</ci><ci>y</ci></apply></math></kineticLaw>
              </reaction>
            </listOfReactions>
          </model>
        </sbml>
        """;

    public const string ProblemFile = """
        format_version: 1
        parameter_file: parameters.tsv
        problems:
        - sbml_files: [model.xml]
          condition_files: [conditions.tsv]
          observable_files: [observables.tsv]
          measurement_files: [measurements.tsv]
        """;

    public const string Conditions = "conditionId\tconditionName\tx\tp\n" +
        "base\tmodel values\t\t0\n" +
        "half\tx0 = 5\t5\t0\n" +
        "make\tp = p_on\t\tp_on\n";

    public const string Observables = "observableId\tobservableFormula\tnoiseFormula\tobservableTransformation\tnoiseDistribution\n" +
        "obs_x\tobservableParameter1_obs_x * x\tnoiseParameter1_obs_x\tlin\tnormal\n" +
        "obs_x_log10\tx\tsigma_log\tlog10\tlaplace\n" +
        "obs_y\ty\tnoiseParameter1_obs_y\tlog\tnormal\n";

    public const string Measurements = "observableId\tpreequilibrationConditionId\tsimulationConditionId\tmeasurement\ttime\tobservableParameters\tnoiseParameters\n" +
        "obs_x\t\tbase\t7\t0.5\tscale\t0.5\n" +
        "obs_x\t\thalf\t1.5\t1\t2\tsd_x\n" +
        "obs_x_log10\t\tbase\t1.2\t2\t\t\n" +
        "obs_y\tmake\tbase\t1.5\t1\t\t0.3\n";

    public const string Parameters = "parameterId\tparameterName\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\tobjectivePriorType\tobjectivePriorParameters\n" +
        "k\tdecay rate\tlog10\t0.001\t100\t0.4\t1\tparameterScaleNormal\t-0.5;0.25\n" +
        "scale\tscaling\tlin\t0.1\t10\t0.9\t1\t\t\n" +
        "sd_x\tnoise of x\tlin\t0.01\t10\t0.2\t1\tuniform\t0;5\n" +
        "sigma_log\tnoise of log10 x\tlin\t0.01\t1\t0.05\t0\t\t\n" +
        "p_on\tproduction\tlin\t0\t10\t3\t0\t\t\n";

    public PetabFixture(string? model = null, string? problem = null, string? conditions = null, string? observables = null, string? measurements = null, string? parameters = null)
    {
        Folder = Directory.CreateTempSubdirectory("abscopal-petab-").FullName;
        File.WriteAllText(Path.Combine(Folder, "model.xml"), model ?? Model);
        File.WriteAllText(Path.Combine(Folder, "problem.yaml"), problem ?? ProblemFile);
        File.WriteAllText(Path.Combine(Folder, "conditions.tsv"), conditions ?? Conditions);
        File.WriteAllText(Path.Combine(Folder, "observables.tsv"), observables ?? Observables);
        File.WriteAllText(Path.Combine(Folder, "measurements.tsv"), measurements ?? Measurements);
        File.WriteAllText(Path.Combine(Folder, "parameters.tsv"), parameters ?? Parameters);
    }

    public string Folder { get; }

    public string ProblemPath => Path.Combine(Folder, "problem.yaml");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
