using System.Globalization;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Contacts in chat, answered in words: show, sync (with a preview when no direction is given),
/// retry. Coupling one contact goes through <c>create contact</c> or <c>match contacts</c>.
/// </summary>
public sealed class ContactConversation(CouplingService service, SyncRecorder recorder)
{
    private static readonly TableMapping Mapping = ContactMapping.Default;

    /// <summary><c>show contact CT000012</c>: the contact, its coupling and last sync.</summary>
    public async Task<Reply> ShowAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return RecordConversation.NotFound(RecordKind.Contact, number);
        }

        var record = lookup.Record;
        var details = string.Join(", ", new[] { record["email"], record["phoneNumber"], record["companyName"] }.Where(v => !string.IsNullOrWhiteSpace(v)));
        var header = $"Contact {number} · {record["displayName"] ?? "(no name)"}" + (details.Length > 0 ? $" ({details})" : "");
        if (lookup.Coupling is not { } coupling)
        {
            return new Reply($"{header}: not coupled to a Sales contact. Send \"create contact {number}\" to create it in Sales, or \"match contacts\" to couple contacts by e-mail and name.");
        }

        var last = coupling.LastSync is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"last synchronized {s.At.ToUniversalTime():d MMM yyyy 'at' HH:mm} UTC by {s.By} ({CustomerViews.Label(s.Direction)}, {CustomerViews.Fields(s.FieldsChanged)} written)")
                + (s.Failure is { } f ? $"; the last attempt failed: {f.Error}" : "")
            : "not synchronized yet";
        return new Reply($"{header}: coupled to Sales contact {coupling.SalesName}, {last}. Send \"sync contact {number} to sales\" or \"from sales\" to synchronize.");
    }

    /// <summary><c>couple contact CT000012</c>: contacts are coupled by creating them in Sales or by match.</summary>
    public async Task<Reply> CoupleAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        return lookup switch
        {
            null => RecordConversation.NotFound(RecordKind.Contact, number),
            { Coupling: { } coupling } => new Reply($"Contact {number} is already coupled to Sales contact {coupling.SalesName}."),
            _ => new Reply($"To couple contact {number}, send \"create contact {number}\" to create it in Sales and couple it, or \"match contacts\" to couple contacts to Sales contacts with the same e-mail or name (you'll see the list first)."),
        };
    }

    /// <summary>
    /// <c>sync contact CT000012 [to sales|from sales]</c>: with a direction, synchronizes; without, says
    /// what each direction would change.
    /// </summary>
    public async Task<Reply> SyncAsync(string number, SyncDirection? direction, string requestedBy, CancellationToken cancellationToken)
    {
        if (direction is { } chosen)
        {
            var result = await recorder.SynchronizeAsync(Mapping, number, chosen, requestedBy, cancellationToken).ConfigureAwait(false);
            return new Reply(SyncTexts.Outcome(RecordKind.Contact, number, result));
        }

        var preview = await service.PreviewAsync(Mapping, number, SyncDirection.ToSales, cancellationToken).ConfigureAwait(false);
        if (preview.Plan is not { } plan)
        {
            return new Reply(SyncTexts.Outcome(RecordKind.Contact, number, preview));
        }

        var rows = SyncPreview.Of(plan).Where(r => r.Written is not null).Select(r => r.Label).ToList();
        var would = rows.Count == 0 ? "nothing would change in Sales" : $"{CustomerViews.Fields(rows.Count)} would change in Sales: {string.Join(", ", rows)}";
        return new Reply($"Contact {number} ({CustomerViews.Label(SyncDirection.ToSales)}): {would}. Send \"sync contact {number} to sales\" to go ahead, or \"sync contact {number} from sales\" for the other way.");
    }

    /// <summary><c>retry contact CT000012</c>: un-skips the contact and synchronizes it again in its last direction.</summary>
    public async Task<Reply> RetryAsync(string number, string requestedBy, CancellationToken cancellationToken)
    {
        await service.RetryAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        var result = await recorder.SynchronizeAsync(Mapping, number, lookup?.Coupling?.LastSync?.Direction ?? SyncDirection.ToSales, requestedBy, cancellationToken)
            .ConfigureAwait(false);
        return new Reply(SyncTexts.Outcome(RecordKind.Contact, number, result));
    }
}
