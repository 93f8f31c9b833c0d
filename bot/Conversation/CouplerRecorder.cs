using CouplingBot.Bot.Proactive;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Keeps who coupled a record from chat (<see cref="ICouplerDirectory"/>), so a scheduled sync's problems with the
/// record reach them. Best effort: the coupling is made either way, so failing to keep its coupler is logged and
/// never fails the turn.
/// </summary>
public sealed class CouplerRecorder(ICouplerDirectory directory, ILogger<CouplerRecorder> logger)
{
    /// <summary>Keeps the turn's requester as the coupler of <paramref name="coupling"/>; nothing when the turn has no conversation.</summary>
    public async Task RememberAsync(TableMapping mapping, Coupling coupling, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Requester is not { } requester)
        {
            return;
        }

        try
        {
            await directory.RememberAsync(mapping.Name, coupling.BusinessCentralId, requester, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CouplerNotRemembered(logger, ex, mapping.Name, coupling.BusinessCentralNumber);
        }
    }
}
