namespace Abscopal.Modeling.Compilation;

/// <summary>A compiled model's initial-value kernels, one per set of overridden symbols, compiled when a set is used the second time.</summary>
/// <remarks>
/// Thread-safe. A one-off simulation keeps the interpreter (compiling costs more than one interpretation); a population of
/// patients binding the same symbols compiles once. At most <see cref="MaxSets"/> sets are remembered; others are interpreted.
/// </remarks>
internal sealed class InitialValueKernels(CompiledModel model)
{
    /// <summary>How many distinct override sets are remembered per compiled model.</summary>
    public const int MaxSets = 16;

    /// <summary>Uses of a set before its kernel is compiled.</summary>
    public const int UsesBeforeCompiling = 2;

    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];

    /// <summary>The kernel for the override set <paramref name="mask"/> (bit k: value index k overridden), or null when the interpreter should run.</summary>
    public Kernel? Find(ReadOnlySpan<ulong> mask, bool compileNow = false)
    {
        Entry? entry = null;
        lock (_lock)
        {
            foreach (var e in _entries)
            {
                if (mask.SequenceEqual(e.Mask))
                {
                    entry = e;
                    break;
                }
            }

            if (entry is null)
            {
                if (_entries.Count >= MaxSets)
                {
                    return null;
                }

                entry = new Entry(mask.ToArray());
                _entries.Add(entry);
            }

            if (entry.Compiled)
            {
                return entry.Kernel;
            }

            entry.Uses++;
            if (entry.Compiling || (entry.Uses < UsesBeforeCompiling && !compileNow))
            {
                return entry.Kernel; // null until compiled: the interpreter gives the same values
            }

            entry.Compiling = true;
        }

        // Compiled outside the lock; other threads interpret meanwhile.
        var bits = entry.Mask;
        Kernel? kernel = null;
        try
        {
            kernel = InitialValueCompiler.TryCompile(model, k => (bits[k >> 6] & (1UL << (k & 63))) != 0);
        }
        finally
        {
            lock (_lock)
            {
                entry.Kernel = kernel;
                entry.Compiled = true;
                entry.Compiling = false;
            }
        }

        return kernel;
    }

    private sealed class Entry(ulong[] mask)
    {
        public ulong[] Mask { get; } = mask;

        public int Uses { get; set; }

        public bool Compiling { get; set; }

        public bool Compiled { get; set; }

        public Kernel? Kernel { get; set; }
    }
}
