using Abscopal.Modeling.Compilation;

namespace Abscopal.Simulation.Internal;

/// <summary>
/// Compiled models by structure key, least recently used evicted beyond a capacity: a trial over many lesion layouts or
/// fraction counts keeps the structures in use compiled without holding every one it ever met.
/// </summary>
/// <remarks>Thread-safe. Each key compiles once while it stays cached; callers that ask for the same key at once share one compilation.</remarks>
internal sealed class CompiledModelCache
{
    private readonly Dictionary<string, LinkedListNode<(string Key, Lazy<CompiledModel> Model)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Lazy<CompiledModel> Model)> _recent = [];
    private readonly Lock _lock = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> compiled models (≥ 1).</summary>
    public CompiledModelCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Most compiled models held.</summary>
    public int Capacity { get; }

    /// <summary>Compiled models held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The compiled model of <paramref name="key"/>, compiled by <paramref name="compile"/> when it is not cached.</summary>
    public CompiledModel GetOrAdd(string key, Func<CompiledModel> compile)
    {
        Lazy<CompiledModel> model;
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                model = node.Value.Model;
            }
            else
            {
                model = new Lazy<CompiledModel>(compile, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries[key] = _recent.AddFirst((key, model));
                if (_entries.Count > Capacity)
                {
                    var last = _recent.Last!;
                    _recent.RemoveLast();
                    _entries.Remove(last.Value.Key);
                }
            }
        }

        // Compile outside the lock, so a slow compilation does not hold up look-ups of other structures.
        try
        {
            return model.Value;
        }
        catch
        {
            // Lazy keeps the exception; forget the entry so that the next call tries again.
            lock (_lock)
            {
                if (_entries.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Model, model))
                {
                    _recent.Remove(node);
                    _entries.Remove(key);
                }
            }

            throw;
        }
    }
}
