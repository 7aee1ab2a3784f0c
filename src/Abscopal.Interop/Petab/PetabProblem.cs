using System.Collections.Immutable;
using Abscopal.Interop.Sbml;

namespace Abscopal.Interop.Petab;

/// <summary>A PEtab v1 parameter-estimation problem: an SBML model with its condition, observable, measurement and parameter tables.</summary>
/// <param name="SourcePath">The problem (YAML) file.</param>
/// <param name="Sbml">The model.</param>
/// <param name="Conditions">The condition table.</param>
/// <param name="Observables">The observable table.</param>
/// <param name="Measurements">The measurement table(s), in file and row order.</param>
/// <param name="Parameters">The parameter table.</param>
public sealed record PetabProblem(
    string SourcePath,
    SbmlDocument Sbml,
    ImmutableArray<PetabCondition> Conditions,
    ImmutableArray<PetabObservable> Observables,
    ImmutableArray<PetabMeasurement> Measurements,
    ImmutableArray<PetabParameter> Parameters)
{
    /// <summary>The nominal values of every parameter of the parameter table, linear scale.</summary>
    public ImmutableDictionary<string, double> NominalValues() =>
        Parameters.ToImmutableDictionary(p => p.Id, p => p.NominalValue, StringComparer.Ordinal);
}
