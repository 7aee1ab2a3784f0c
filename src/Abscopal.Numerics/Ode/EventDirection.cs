namespace Abscopal.Numerics.Ode;

/// <summary>Which sign changes of an <see cref="EventFunction"/> trigger a <see cref="ContinuousEvent"/>.</summary>
public enum EventDirection
{
    /// <summary>Both rising and falling zero crossings.</summary>
    Both = 0,

    /// <summary>Only crossings from negative to non-negative values.</summary>
    Rising = 1,

    /// <summary>Only crossings from positive to non-positive values.</summary>
    Falling = 2,
}
