namespace Abscopal.Modeling.Compilation;

/// <summary>A compiled evaluator: writes expression values into <c>output</c> from time, states and parameter slots.</summary>
/// <remarks>Arguments are managed references to the first element of each vector, so callers need not pin anything.</remarks>
internal delegate void KernelMethod(double t, ref double y, ref double p, ref double output);

/// <summary>One or more compiled methods that together write every output of a kernel.</summary>
/// <remarks>Large kernels are split into several methods so the JIT keeps optimising each (it falls back to minimal optimisation for huge methods).</remarks>
internal sealed class Kernel
{
    private readonly KernelMethod[] _methods;

    public Kernel(KernelMethod[] methods, int outputLength)
    {
        _methods = methods;
        Single = methods.Length == 1 ? methods[0] : null;
        OutputLength = outputLength;
    }

    /// <summary>The one compiled method when the kernel was not split, else null (lets hot callers skip a dispatch).</summary>
    public KernelMethod? Single { get; }

    /// <summary>Number of values written.</summary>
    public int OutputLength { get; }

    public void Invoke(double t, ref double y, ref double p, ref double output)
    {
        foreach (var m in _methods)
        {
            m(t, ref y, ref p, ref output);
        }
    }

    /// <summary>Evaluates into spans; checks the output length.</summary>
    public void Invoke(double t, ReadOnlySpan<double> y, Span<double> p, Span<double> output)
    {
        if (output.Length < OutputLength)
        {
            throw new ArgumentException($"The output needs {OutputLength} entries, not {output.Length}.", nameof(output));
        }

        if (OutputLength == 0)
        {
            return;
        }

        Invoke(t, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(y), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(p), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(output));
    }
}
