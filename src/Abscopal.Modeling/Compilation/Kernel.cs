namespace Abscopal.Modeling.Compilation;

/// <summary>A compiled evaluator: writes expression values into <c>output</c> from time, states and parameter slots.</summary>
internal unsafe delegate void KernelMethod(double t, double* y, double* p, double* output);

/// <summary>One or more compiled methods that together write every output of a kernel.</summary>
/// <remarks>Large kernels are split into several methods so the JIT keeps optimising each (it falls back to minimal optimisation for huge methods).</remarks>
internal sealed unsafe class Kernel
{
    private readonly KernelMethod[] _methods;
    private readonly KernelMethod? _single;

    public Kernel(KernelMethod[] methods, int outputLength)
    {
        _methods = methods;
        _single = methods.Length == 1 ? methods[0] : null;
        OutputLength = outputLength;
    }

    /// <summary>Number of values written.</summary>
    public int OutputLength { get; }

    public void Invoke(double t, double* y, double* p, double* output)
    {
        if (_single is not null)
        {
            _single(t, y, p, output);
            return;
        }

        foreach (var m in _methods)
        {
            m(t, y, p, output);
        }
    }
}
