using System.Collections.Immutable;

namespace Abscopal.Interop.Petab;

/// <summary>Thrown when a PEtab problem cannot be read or evaluated; <see cref="Errors"/> lists every problem with its file, line and column.</summary>
public sealed class PetabException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PetabException(IEnumerable<PetabError> errors)
        : this([.. errors])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PetabException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PetabException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a generic message.</summary>
    public PetabException()
        : this("The PEtab problem is not valid.")
    {
    }

    private PetabException(ImmutableArray<PetabError> errors)
        : base(errors.Length == 1 ? errors[0].ToString() : $"{errors.Length} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in file and line order.</summary>
    public ImmutableArray<PetabError> Errors { get; }
}
