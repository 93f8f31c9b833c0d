using Azure;
using Azure.Data.Tables;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// Azure Table Storage answers: one row (one column) of the couplings table is read. A table that does
/// not exist yet still proves the account is reachable and the bot signed in.
/// </summary>
internal sealed class HealthStorageCheck(
    TableServiceClient tables, IOptions<StorageOptions> storage, IOptions<HealthOptions> options, TimeProvider clock, ILogger<HealthStorageCheck> logger)
    : HealthCachedCheck(options, clock, logger)
{
    /// <inheritdoc />
    protected override string Name => "Storage";

    /// <inheritdoc />
    protected override async Task<HealthCheckResult> ProbeAsync(HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(storage.Value.CouplingsTable);
        try
        {
            await foreach (var page in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
            {
                break;
            }

            return HealthCheckResult.Healthy("Azure Table Storage answered.");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return HealthCheckResult.Healthy("Azure Table Storage answered; the couplings table is created on first use.");
        }
        catch (RequestFailedException ex) when (ex.Status is 401 or 403)
        {
            return new HealthCheckResult(failureStatus, $"Azure Table Storage refused the bot ({ex.Status}): check the connection string or the identity's role.");
        }
    }
}
