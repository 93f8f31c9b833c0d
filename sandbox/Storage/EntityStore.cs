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
    private readonly AsyncLocal<StoreScope?> _scope = new();
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

    /// <summary>The current state; inside <see cref="TransactionAsync{T}"/>, the transaction's state so far.</summary>
    public StoreSnapshot Current => _scope.Value?.Snapshot ?? Volatile.Read(ref _current);

    /// <summary>
    /// Raised after each committed write with the states before and after (while writes are still serialized, so in
    /// commit order). Handlers must be quick and must not write to the store.
    /// </summary>
    public event Action<StoreSnapshot, StoreSnapshot>? Committed;

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
        if (_scope.Value is { } scope)
        {
            var inner = new StoreTransaction(scope.Snapshot);
            var value = change(inner);
            scope.Snapshot = inner.Snapshot;
            return value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = new StoreTransaction(Current);
            var result = change(transaction);
            await CommitAsync(transaction.Snapshot).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction: every <see cref="WriteAsync{T}"/> and <see cref="Current"/> in
    /// it (on its async flow) sees the transaction's state, other writers wait, other readers see the state before.
    /// The changes are committed when <paramref name="work"/> returns <c>Commit = true</c>, else (or when it throws)
    /// dropped. Transactions do not nest.
    /// </summary>
    public async Task<T> TransactionAsync<T>(Func<Task<(T Result, bool Commit)>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_scope.Value is not null)
        {
            throw new InvalidOperationException($"A transaction on store '{Name}' is already running on this flow.");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var scope = new StoreScope(Volatile.Read(ref _current));
        try
        {
            var (result, commit) = await RunInScopeAsync(scope, work).ConfigureAwait(false);
            if (commit)
            {
                await CommitAsync(scope.Snapshot).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(T Result, bool Commit)> RunInScopeAsync<T>(StoreScope scope, Func<Task<(T Result, bool Commit)>> work)
    {
        _scope.Value = scope; // flows into work only; restored when this method returns
        return await work().ConfigureAwait(false);
    }

    private async Task CommitAsync(StoreSnapshot next)
    {
        var before = Volatile.Read(ref _current);
        Volatile.Write(ref _current, next);
        if (_file is not null)
        {
            await _file.SaveAsync(next, CancellationToken.None).ConfigureAwait(false);
        }

        Committed?.Invoke(before, next);
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

    private sealed class StoreScope(StoreSnapshot start)
    {
        public StoreSnapshot Snapshot { get; set; } = start;
    }
}
