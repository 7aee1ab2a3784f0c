namespace Abscopal.Reporting;

/// <summary>Kinds of swimmer-plot events, each with its own marker.</summary>
public enum SwimmerEventKind
{
    /// <summary>First documented response (PR or CR): filled triangle.</summary>
    Response,

    /// <summary>Progression: filled diamond.</summary>
    Progression,

    /// <summary>Death: cross.</summary>
    Death,
}
