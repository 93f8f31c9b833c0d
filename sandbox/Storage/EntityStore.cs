namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// The rows of one imitated service, in memory. Reads see an immutable snapshot (lock-free); writes are
/// serialized, applied atomically, and then persisted (when a data folder is configured).
/// </summary>
public sealed class EntityStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<StoreSnapshot> _seed;
    private readonly StoreFile? _file;
    private readonly string? _versionColumn;
    private StoreSnapshot _current = StoreSnapshot.Empty;

    /// <summary>
    /// Creates a store; call <see cref="Load"/> before use. <paramref name="versionColumn"/> names a column that mirrors
    /// each row's version (kept on reset, which hands out new versions).
    /// </summary>
    public EntityStore(string name, Func<StoreSnapshot> seed, StoreFile? file, string? versionColumn = null)
    {
        _versionColumn = versionColumn;
        Name = name;
        _seed = seed;
        _file = file;
    }

    /// <summary>Store name, e.g. <c>businesscentral</c> (also the persisted file name).</summary>
    public string Name { get; }

    /// <summary>The current state.</summary>
    public StoreSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Loads the persisted state if there is one, else seeds (and persists the seed).</summary>
    public void Load()
    {
        var loaded = _file?.TryLoad();
        Volatile.Write(ref _current, loaded ?? _seed());
        if (loaded is null)
        {
            _file?.Save(Current);
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current state as one atomic write. If it throws, nothing changes.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<StoreTransaction, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = new StoreTransaction(Current);
            var result = change(transaction);
            Volatile.Write(ref _current, transaction.Snapshot);
            if (_file is not null)
            {
                await _file.SaveAsync(transaction.Snapshot, CancellationToken.None).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Replaces everything with the seed.</summary>
    public Task ResetAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            t =>
            {
                var versionColumn = _versionColumn;
                foreach (var table in t.Snapshot.Tables.Keys)
                {
                    t.Drop(table);
                }

                var seed = _seed();
                foreach (var (table, rows) in seed.Tables)
                {
                    foreach (var row in rows.Values.OrderBy(r => r.Version))
                    {
                        t.Put(table, row.Id, row.Values, versionColumn);
                    }
                }

                return true;
            },
            cancellationToken);
}
