using Azure;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Renews a taken message's visibility at half its timeout while the job runs. When a renewal fails
/// (the receipt is stale: the message went visible and someone else took it) it cancels
/// <see cref="Token"/>, so the job stops instead of running twice.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LeaseKeeper(JobMessages messages, MessageLease lease, TimeSpan visibility, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RenewAsync(messages, lease, visibility, clock, logger);
    }

    /// <summary>Cancelled when the caller cancels or the message was lost.</summary>
    public CancellationToken Token => _lost.Token;

    /// <summary>Stops renewing (call before deleting the message, so the receipt no longer changes).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync(JobMessages messages, MessageLease lease, TimeSpan visibility, TimeProvider clock, ILogger logger)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, _lost.Token);
        var token = both.Token;
        while (!token.IsCancellationRequested)
        {
            await Task.Delay(visibility / 2, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (token.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await messages.RenewAsync(lease, visibility, token).ConfigureAwait(false);
            }
            catch (RequestFailedException ex)
            {
                JobLog.RenewFailed(logger, ex, lease.Text);
                await _lost.CancelAsync().ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
