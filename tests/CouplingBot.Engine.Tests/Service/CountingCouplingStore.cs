using System.Runtime.CompilerServices;
using CouplingBot.Engine.Couplings;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// A coupling store that passes every call to a real one and counts what was read: couplings listed, and
/// look-ups by id on either side, so a test can tell what a call cost in storage reads.
/// </summary>
internal sealed class CountingCouplingStore(ICouplingStore inner) : ICouplingStore
{
    private int _listed;
    private int _byBusinessCentralId;
    private int _bySalesId;

    /// <summary>Couplings yielded by <see cref="ListAsync"/> and <see cref="ListPendingFailuresAsync"/>.</summary>
    public int Listed => Volatile.Read(ref _listed);

    /// <summary>Calls of <see cref="FindByBusinessCentralIdAsync"/>.</summary>
    public int FoundByBusinessCentralId => Volatile.Read(ref _byBusinessCentralId);

    /// <summary>Calls of <see cref="FindBySalesIdAsync"/>.</summary>
    public int FoundBySalesId => Volatile.Read(ref _bySalesId);

    /// <summary>Starts counting afresh.</summary>
    public void Reset()
    {
        Volatile.Write(ref _listed, 0);
        Volatile.Write(ref _byBusinessCentralId, 0);
        Volatile.Write(ref _bySalesId, 0);
    }

    public Task<Coupling?> FindByBusinessCentralIdAsync(string mapping, string businessCentralId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _byBusinessCentralId);
        return inner.FindByBusinessCentralIdAsync(mapping, businessCentralId, cancellationToken);
    }

    public Task<Coupling?> FindBySalesIdAsync(string mapping, string salesId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _bySalesId);
        return inner.FindBySalesIdAsync(mapping, salesId, cancellationToken);
    }

    public Task<bool> TryAddAsync(Coupling coupling, CancellationToken cancellationToken) => inner.TryAddAsync(coupling, cancellationToken);

    public Task<bool> TryRemoveAsync(Coupling coupling, CancellationToken cancellationToken) => inner.TryRemoveAsync(coupling, cancellationToken);

    public Task<Coupling> UpdateAsync(Coupling coupling, CancellationToken cancellationToken) => inner.UpdateAsync(coupling, cancellationToken);

    public async IAsyncEnumerable<Coupling> ListAsync(string mapping, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var coupling in inner.ListAsync(mapping, cancellationToken))
        {
            Interlocked.Increment(ref _listed);
            yield return coupling;
        }
    }

    public async IAsyncEnumerable<Coupling> ListPendingFailuresAsync(string mapping, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var coupling in inner.ListPendingFailuresAsync(mapping, cancellationToken))
        {
            Interlocked.Increment(ref _listed);
            yield return coupling;
        }
    }
}
