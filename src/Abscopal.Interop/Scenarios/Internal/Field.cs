namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>One key of an object: its name, shape and whether it must be present.</summary>
internal sealed record Field(string Key, Shape Shape, bool Required = false);
