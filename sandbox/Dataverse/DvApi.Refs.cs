using System.Text.Json;
using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// References of single-valued navigation properties: <c>PUT {set}(id)/{nav}/$ref</c> with <c>{"@odata.id":"accounts(id)"}</c>
/// sets the lookup, <c>DELETE {set}(id)/{nav}/$ref</c> clears it; both answer 204.
/// </summary>
public sealed partial class DvApi
{
    private async Task AssociateAsync(HttpContext context, DvEntitySet set, Guid id, string navigation, CancellationToken cancellationToken)
    {
        var body = await ODataHttp.ReadObjectAsync(context.Request, DvErrors.PayloadCode, cancellationToken).ConfigureAwait(false);
        var reference = body.TryGetProperty("@odata.id", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw DvErrors.Payload(set.Name, "The request body must have an '@odata.id' reference.");
        await SetReferenceAsync(set, id, navigation, reference, cancellationToken).ConfigureAwait(false);
        await ODataHttp.WriteAsync(context, 204, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task DisassociateAsync(HttpContext context, DvEntitySet set, Guid id, string navigation, CancellationToken cancellationToken)
    {
        await SetReferenceAsync(set, id, navigation, null, cancellationToken).ConfigureAwait(false);
        await ODataHttp.WriteAsync(context, 204, null, cancellationToken).ConfigureAwait(false);
    }

    private Task<bool> SetReferenceAsync(DvEntitySet set, Guid id, string navigation, string? reference, CancellationToken cancellationToken) =>
        Store.WriteAsync(
            t =>
            {
                var row = t.Find(set.Name, id) ?? throw DvErrors.NotFound(set.LogicalName, id);
                var lookup = set.Lookups.First(l => l.Navigation == navigation);
                Guid? target = reference is null ? null : DvBind.Target(set, lookup, t.Snapshot, reference);
                t.Put(set.Name, id, row.Values.SetItem(lookup.Column, target).SetItem("modifiedon", Now()), DvSchema.VersionColumn);
                return true;
            },
            cancellationToken);
}
