namespace Abscopal.Numerics.Ode;

/// <summary>An integration method: a factory of <see cref="OdeIntegrator"/>s for a system and options (SciML's algorithm in the problem/algorithm/solve split).</summary>
public abstract class OdeAlgorithm
{
    /// <summary>Creates an algorithm.</summary>
    protected OdeAlgorithm()
    {
    }

    /// <summary>Short name, accepted by <see cref="OdeAlgorithms.FromName"/>.</summary>
    public abstract string Name { get; }

    /// <summary>Creates an integrator for <paramref name="system"/>; all its buffers are allocated here.</summary>
    /// <exception cref="ArgumentException">The options do not fit the system (array lengths, indices), or the system has no states.</exception>
    public OdeIntegrator CreateIntegrator(IOdeSystem system, OdeOptions options)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        if (system.Dimension < 1)
        {
            throw new ArgumentException($"The system must have at least one state; it has {system.Dimension}.", nameof(system));
        }

        options.Validate(system.Dimension);
        return CreateIntegratorCore(system, options);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Creates the integrator once the arguments have been checked.</summary>
    protected abstract OdeIntegrator CreateIntegratorCore(IOdeSystem system, OdeOptions options);
}
