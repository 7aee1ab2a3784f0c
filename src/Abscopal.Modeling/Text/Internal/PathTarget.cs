namespace Abscopal.Modeling.Text.Internal;

/// <summary>What a dotted path names.</summary>
internal enum PathTargetKind
{
    /// <summary>The model itself.</summary>
    Model,

    /// <summary>A unit definition.</summary>
    Unit,

    /// <summary>A compartment.</summary>
    Compartment,

    /// <summary>A species.</summary>
    Species,

    /// <summary>A parameter.</summary>
    Parameter,

    /// <summary>A reaction.</summary>
    Reaction,

    /// <summary>An event.</summary>
    Event,

    /// <summary>A function definition.</summary>
    Function,

    /// <summary>A species reference (by its id, or J0.A for species A in reaction J0).</summary>
    SpeciesReference,

    /// <summary>The assignment or rate rule of a variable (x.rule).</summary>
    Rule,

    /// <summary>The initial assignment of a variable (x.initialAssignment).</summary>
    InitialAssignment,

    /// <summary>The kinetic law of a reaction (J0.kineticLaw).</summary>
    KineticLaw,

    /// <summary>A local parameter of a reaction's kinetic law (J0.k).</summary>
    LocalParameter,

    /// <summary>One assignment of a named event (E1.x).</summary>
    EventAssignment,
}

/// <summary>A resolved path: the key its metadata is stored under, what it is, and how messages name it.</summary>
/// <param name="Key">The metadata key (see <see cref="PathResolution"/>).</param>
/// <param name="Kind">What it names.</param>
/// <param name="Description">How messages name it, e.g. "species 'A'".</param>
internal readonly record struct PathTarget(string Key, PathTargetKind Kind, string Description);
