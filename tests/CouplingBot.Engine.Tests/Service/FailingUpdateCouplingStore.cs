using Azure;
using CouplingBot.Engine.Couplings;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// A coupling store that passes every call to a real one, except that saving the coupling of one Business Central
/// record fails as Azure Storage answering 500 would: the storage failing for one record, not an outage.
/// </summary>
internal sealed class FailingUpdateCouplingStore(ICouplingStore inner, string businessCentralId) : ICouplingStore
{
    public Task<Coupling?> FindByBusinessCentralIdAsync(string mapping, string businessCentralId, CancellationToken cancellationToken) =>
        inner.FindByBusinessCentralIdAsync(mapping, businessCentralId, cancellationToken);

    public Task<Coupling?> FindBySalesIdAsync(string mapping, string salesId, CancellationToken cancellationToken) =>
        inner.FindBySalesIdAsync(mapping, salesId, cancellationToken);

    public Task<bool> TryAddAsync(Coupling coupling, CancellationToken cancellationToken) => inner.TryAddAsync(coupling, cancellationToken);

    public Task<bool> TryRemoveAsync(Coupling coupling, CancellationToken cancellationToken) => inner.TryRemoveAsync(coupling, cancellationToken);

    public Task<Coupling> UpdateAsync(Coupling coupling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        return string.Equals(coupling.BusinessCentralId, businessCentralId, StringComparison.OrdinalIgnoreCase)
            ? throw new RequestFailedException(500, "The storage said no.")
            : inner.UpdateAsync(coupling, cancellationToken);
    }

    public IAsyncEnumerable<Coupling> ListAsync(string mapping, CancellationToken cancellationToken) => inner.ListAsync(mapping, cancellationToken);

    public IAsyncEnumerable<Coupling> ListPendingFailuresAsync(string mapping, CancellationToken cancellationToken) =>
        inner.ListPendingFailuresAsync(mapping, cancellationToken);
}
