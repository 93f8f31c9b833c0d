using CouplingBot.Cards;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class RecordConversation
{
    /// <summary>
    /// <c>errors</c>: coupled records whose last sync failed (they are retried by the scheduled sync, and
    /// skipped after a second identical failure), each with the error and Retry.
    /// </summary>
    public async Task<Reply> ErrorsAsync(RecordKind kind, CancellationToken cancellationToken)
    {
        List<ProblemRecordView> problems = [];
        await foreach (var coupling in couplings.ListPendingFailuresAsync(service.Mappings.Mapping(kind).Name, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(ProblemOf(kind, coupling));
        }

        return Reply.WithCard(RecordListCards.Problems(
            $"{Title(kind)}s whose last sync failed", [.. problems.OrderBy(p => p.Number, StringComparer.Ordinal)], $"No {CommandParser.Noun(kind)}'s last sync failed."));
    }

    /// <summary><c>skipped</c>: coupled records skipped after failing twice the same way, each with the error and Retry.</summary>
    public async Task<Reply> SkippedAsync(RecordKind kind, CancellationToken cancellationToken)
    {
        List<ProblemRecordView> problems = [];
        await foreach (var coupling in couplings.ListAsync(service.Mappings.Mapping(kind).Name, cancellationToken).ConfigureAwait(false))
        {
            if (SyncFailures.IsExcluded(coupling.LastSync?.Failure))
            {
                problems.Add(ProblemOf(kind, coupling));
            }
        }

        return Reply.WithCard(RecordListCards.Problems(
            $"Skipped {CommandParser.Plural(kind)}", [.. problems.OrderBy(p => p.Number, StringComparer.Ordinal)], $"No {CommandParser.Noun(kind)} is skipped."));
    }

    /// <summary>
    /// Retry on a problem card: un-skips the record if it was skipped, then synchronizes it again in its last
    /// direction, and says how that went.
    /// </summary>
    public async Task<CardActionResult> RetryAsync(RecordKind kind, string number, string requestedBy, CancellationToken cancellationToken)
    {
        var mapping = service.Mappings.Mapping(kind);
        await service.RetryAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        var lookup = await service.FindAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        var direction = lookup?.Coupling?.LastSync?.Direction ?? SyncDirection.ToSales;
        var result = await recorder.SynchronizeAsync(mapping, number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        var text = SyncTexts.Outcome(kind, number, result);
        return CardActionResult.Replace(result.Outcome is SyncOutcome.Modified or SyncOutcome.Unchanged
            ? MessageCards.Note("Retried: synchronized", text)
            : MessageCards.Problem("Retried, but it didn't go through", text, $"Fix the cause, then send \"sync {CommandParser.Noun(kind)} {number}\" again."));
    }

    private static ProblemRecordView ProblemOf(RecordKind kind, Coupling coupling)
    {
        var failure = coupling.LastSync?.Failure;
        var reason = failure is null ? "The last sync failed." : failure.Skipped ? $"Skipped after {failure.Count} identical failures: {failure.Error}" : failure.Error;
        return new ProblemRecordView(CommandParser.Noun(kind), coupling.BusinessCentralNumber, reason, failure?.At, CanRetry: true);
    }
}
