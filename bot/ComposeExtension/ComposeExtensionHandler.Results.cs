using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Protocol;
using CouplingBot.Cards;
using CouplingBot.Cards.ComposeExtension;
using CouplingBot.Cards.Model;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.ComposeExtension;

public sealed partial class ComposeExtensionHandler
{
    // One result: the full card to insert and its thumbnail preview, with the record's coupling.
    private async Task<ComposeExtensionAttachment> ResultAsync(RecordKind kind, EntityRecord record, CancellationToken cancellationToken)
    {
        var mapping = kind == RecordKind.Customer ? CustomerMapping.Name : ContactMapping.Name;
        var coupling = await couplings.FindByBusinessCentralIdAsync(mapping, record.Id, cancellationToken).ConfigureAwait(false);
        return kind == RecordKind.Customer ? CustomerResult(record, coupling) : ContactResult(record, coupling);
    }

    private static ComposeExtensionAttachment CustomerResult(EntityRecord record, Coupling? coupling)
    {
        var customer = CustomerViews.Customer(record);
        var card = CustomerCards.Record(customer, coupling is null ? null : CustomerViews.Coupling(coupling));
        var status = coupling is null ? "not coupled" : $"coupled to Sales account {coupling.SalesName}";
        return Attachment(card, $"Customer {customer.Number} · {customer.Name}", $"Business Central customer · {status}", Summary(record));
    }

    private static ComposeExtensionAttachment ContactResult(EntityRecord record, Coupling? coupling)
    {
        var contact = ComposeViews.Contact(record, coupling);
        var status = coupling is null ? "not coupled" : $"coupled to Sales contact {coupling.SalesName}";
        return Attachment(ComposeCards.Contact(contact), ComposeCards.ContactTitle(contact), $"Business Central contact · {status}", Summary(record));
    }

    private static ComposeExtensionAttachment SalesResult(SalesRecordView view) =>
        Attachment(ComposeCards.SalesRecord(view), view.Name, $"Dynamics 365 {view.KindLabel} · not coupled", null);

    private static ComposeExtensionAttachment Attachment(AdaptiveCard card, string title, string subtitle, string? text) =>
        new(ActivityTypes.AdaptiveCardContentType, AdaptiveCardJson.ToJsonElement(card), new ComposeExtensionPreview(new ThumbnailContent(title, subtitle, text)));

    // "Birmingham · +44 121 555 0100": where and how to reach them, for the list.
    private static string? Summary(EntityRecord record)
    {
        var parts = new[] { record["companyName"], record["city"], record["phoneNumber"] ?? record["email"] }
            .OfType<string>().Where(p => p.Trim().Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
