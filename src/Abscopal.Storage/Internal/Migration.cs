namespace Abscopal.Storage.Internal;

/// <summary>One step of the schema: the SQL that takes user_version from <see cref="Version"/> − 1 to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
