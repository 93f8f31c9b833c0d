namespace CouplingBot.Engine.Couplings;

/// <summary>Where couplings are kept. Neither side of a mapping can be coupled twice.</summary>
public interface ICouplingStore
{
    /// <summary>The coupling of a Business Central record, or null.</summary>
    Task<Coupling?> FindByBusinessCentralIdAsync(string mapping, string businessCentralId, CancellationToken cancellationToken);

    /// <summary>The coupling of a Sales record, or null.</summary>
    Task<Coupling?> FindBySalesIdAsync(string mapping, string salesId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new coupling atomically; false (and nothing written) when either record is coupled already.
    /// </summary>
    Task<bool> TryAddAsync(Coupling coupling, CancellationToken cancellationToken);

    /// <summary>Removes a coupling atomically; false when it was changed or removed meanwhile.</summary>
    Task<bool> TryRemoveAsync(Coupling coupling, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a stored coupling's details (sync state, names) if it still has the ETag it was read
    /// with; returns it with its new ETag.
    /// </summary>
    /// <exception cref="CouplingChangedException">The coupling was changed or removed meanwhile.</exception>
    Task<Coupling> UpdateAsync(Coupling coupling, CancellationToken cancellationToken);

    /// <summary>Every coupling of a mapping, page by page as the store serves them, in no set order.</summary>
    IAsyncEnumerable<Coupling> ListAsync(string mapping, CancellationToken cancellationToken);

    /// <summary>
    /// The couplings of a mapping whose last sync failed and that are not Skipped (<see cref="Sync.SyncFailures.IsPending"/>),
    /// so they are synchronized again although neither record changed; the cost follows the number of such couplings,
    /// not of all couplings.
    /// </summary>
    IAsyncEnumerable<Coupling> ListPendingFailuresAsync(string mapping, CancellationToken cancellationToken);
}
