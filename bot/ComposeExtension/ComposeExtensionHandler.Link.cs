using CouplingBot.Bot.Conversation;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.ComposeExtension;

public sealed partial class ComposeExtensionHandler
{
    // Link unfurling: the record's card, or an empty result (Teams then shows the plain link) for links
    // CouplingBot doesn't recognise and records that don't exist.
    private async Task<ComposeExtensionResponse> UnfurlAsync(string? url, CancellationToken cancellationToken)
    {
        var attachment = RecordLinkParser.Parse(url) switch
        {
            BusinessCentralLink { Kind: RecordKind.Customer } c => await BusinessCentralCustomerAsync(c.Number, cancellationToken).ConfigureAwait(false),
            BusinessCentralLink c => await BusinessCentralContactAsync(c.Number, cancellationToken).ConfigureAwait(false),
            SalesLink s => await SalesAsync(s, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return attachment is null ? ComposeExtensionResponse.Empty : ComposeExtensionResponse.List([attachment]);
    }

    private async Task<ComposeExtensionAttachment?> BusinessCentralCustomerAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(service.Mappings.Mapping(RecordKind.Customer), number, cancellationToken).ConfigureAwait(false);
        return lookup is null ? null : CustomerResult(lookup.Record, lookup.Coupling);
    }

    private async Task<ComposeExtensionAttachment?> BusinessCentralContactAsync(string number, CancellationToken cancellationToken)
    {
        var mapping = service.Mappings.Mapping(RecordKind.Contact);
        var fields = (IReadOnlyCollection<string>)[.. mapping.BusinessCentralFields.Concat(ContactExtraFields).Distinct(StringComparer.Ordinal)];
        var found = await QueryAsync(mapping, ODataFilter.Equal(mapping.BusinessCentralNumberField, number), fields, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : await ResultAsync(RecordKind.Contact, found[0], cancellationToken).ConfigureAwait(false);
    }

    // A Sales record: coupled -> its Business Central record's card; not coupled -> a compact card saying so.
    private async Task<ComposeExtensionAttachment?> SalesAsync(SalesLink link, CancellationToken cancellationToken)
    {
        var isAccount = link.Kind == RecordKind.Customer;
        var mapping = service.Mappings.Mapping(link.Kind);
        var coupling = await couplings.FindBySalesIdAsync(mapping.Name, link.Id.ToString(), cancellationToken).ConfigureAwait(false);
        if (coupling is not null)
        {
            var coupled = isAccount
                ? await BusinessCentralCustomerAsync(coupling.BusinessCentralNumber, cancellationToken).ConfigureAwait(false)
                : await BusinessCentralContactAsync(coupling.BusinessCentralNumber, cancellationToken).ConfigureAwait(false);
            if (coupled is not null)
            {
                return coupled;
            }
        }

        var set = isAccount ? CustomerMapping.Accounts : ContactMapping.SalesContacts;
        var columns = isAccount ? ComposeViews.AccountColumns : ComposeViews.SalesContactColumns;
        EntityRecord? record = await clients.Sales.GetAsync(set, link.Id.ToString(), columns, cancellationToken).ConfigureAwait(false);
        return record is null ? null : SalesResult(isAccount ? ComposeViews.Account(record) : ComposeViews.SalesContact(record));
    }
}
