using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Synchronizes one record for a person in chat and keeps what it wrote in the sync history, as jobs
/// do, so <c>undo sync customer 10000</c> can write the old values back.
/// </summary>
public sealed class SyncRecorder(CouplingService service, SyncHistoryStore history, TimeProvider clock)
{
    /// <summary>Synchronizes like <see cref="CouplingService.SynchronizeAsync"/>; a sync that wrote fields is added to the history.</summary>
    public async Task<SyncResult> SynchronizeAsync(TableMapping mapping, string number, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var result = await service.SynchronizeAsync(mapping, number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: SyncOutcome.Modified, Plan: { } plan, Coupling: { } coupling })
        {
            await history.AddAsync(SyncHistoryEntry.Of(mapping, number, requestedBy, plan, coupling, coupling.LastSync?.At ?? clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
