namespace Abscopal.Storage;

/// <summary>The run database cannot be used: a schema newer than this version knows, or a damaged file.</summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public StorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StorageException()
        : base("The run database cannot be used.")
    {
    }
}
