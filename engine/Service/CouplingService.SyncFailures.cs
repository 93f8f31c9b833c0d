using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// A person's Retry of a Skipped record: clears Skipped (<see cref="SyncFailures.Retry"/>) so the next
    /// <see cref="SynchronizeAsync"/> runs it again; false when the record does not exist, is not coupled,
    /// or was not Skipped.
    /// </summary>
    /// <exception cref="CouplingChangedException">The coupling was changed or removed meanwhile.</exception>
    public async Task<bool> RetryAsync(TableMapping mapping, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var record = await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        var coupling = record is null
            ? null
            : await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
        if (coupling?.LastSync is not { Failure: { Skipped: true } failure } last)
        {
            return false;
        }

        await couplings.UpdateAsync(coupling with { LastSync = last with { Failure = SyncFailures.Retry(failure) } }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// True for a refusal about this record (a validation error, a plug-in, a missing record); false for what
    /// says nothing about the record and must not count towards Skipped: unreachable, throttled, sign-in.
    /// </summary>
    internal static bool IsRecordFailure(ServiceRequestException exception) =>
        exception is not (ThrottledException or ServiceUnauthorizedException or ChangeTrackingExpiredException) && !exception.IsUnreachable;

    /// <summary>
    /// Records a failed run on the coupling (the previous sync's versions and snapshot are kept) and reports it; also used by
    /// incremental sync, so a record failing there is skipped the same way.
    /// </summary>
    internal Task<SyncResult> RecordFailureAsync(
        TableMapping mapping, Coupling coupling, SyncPlan plan, ServiceRequestException exception, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = RequestIds().Replace(exception.Message, "").TrimEnd();
        var error = string.IsNullOrEmpty(exception.ErrorCode) ? message : $"{exception.ErrorCode}: {message}";
        return RecordFailureAsync(mapping, coupling, plan, error, exception.Message, requestedBy, cancellationToken);
    }

    /// <summary>
    /// Records a plan that could not be written because values don't translate (<see cref="SyncPlan.Failures"/>:
    /// a related record not coupled, an option with no counterpart); the error is their messages, which say what to do.
    /// </summary>
    internal Task<SyncResult> RecordFailureAsync(TableMapping mapping, Coupling coupling, SyncPlan plan, string requestedBy, CancellationToken cancellationToken)
    {
        var message = string.Join(" ", plan.Failures.Select(f => f.Message));
        return RecordFailureAsync(mapping, coupling, plan, message, message, requestedBy, cancellationToken);
    }

    private async Task<SyncResult> RecordFailureAsync(
        TableMapping mapping, Coupling coupling, SyncPlan plan, string error, string message, string requestedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var failure = SyncFailures.Failed(coupling.LastSync?.Failure, error, now);
        var last = coupling.LastSync ?? new SyncState(now, requestedBy, plan.Direction, 0, DateTimeOffset.MinValue, DateTimeOffset.MinValue);
        var stored = await SaveSyncStateAsync(mapping, coupling with { LastSync = last with { Failure = failure } }, cancellationToken).ConfigureAwait(false);
        return new SyncResult(SyncOutcome.Failed, plan, stored, message);
    }

    /// <summary>
    /// The per-request part of a service's message (Business Central ends each with <c>CorrelationId: {guid}.</c>): left out
    /// of the recorded error, so the same refusal twice is the same error and the record is Skipped.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*CorrelationId:\s*[0-9a-fA-F-]{36}\.?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RequestIds();
}
