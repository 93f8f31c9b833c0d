using System.Text.Json;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// Writes: POST (client-supplied primary key honoured), PATCH as upsert with Dataverse's precondition rules
/// (<c>If-Match: *</c> forbids create, <c>If-None-Match: *</c> forbids update, a stale tag is a 412), DELETE.
/// </summary>
public sealed partial class DvApi
{
    private async Task CreateAsync(HttpContext context, DvEntitySet set, CancellationToken cancellationToken)
    {
        var query = ReadQuery(context, set);
        var body = await ODataHttp.ReadObjectAsync(context.Request, DvErrors.PayloadCode, cancellationToken).ConfigureAwait(false);
        var row = await Store.WriteAsync(t => Create(t, set, body, null), cancellationToken).ConfigureAwait(false);
        await AnswerWriteAsync(context, set, row, created: true, query, cancellationToken).ConfigureAwait(false);
    }

    private async Task UpsertAsync(HttpContext context, DvEntitySet set, Guid id, CancellationToken cancellationToken)
    {
        var query = ReadQuery(context, set);
        var ifMatch = ODataHttp.EntityTags(context.Request, "If-Match");
        var ifNoneMatch = ODataHttp.EntityTags(context.Request, "If-None-Match");
        var body = await ODataHttp.ReadObjectAsync(context.Request, DvErrors.PayloadCode, cancellationToken).ConfigureAwait(false);
        var (row, created) = await Store.WriteAsync(
            t =>
            {
                var existing = t.Find(set.Name, id);
                if (existing is null)
                {
                    return ifMatch.Count > 0 ? throw DvErrors.NotFound(set.LogicalName, id) : (Create(t, set, body, id), true);
                }

                if (ifNoneMatch.Contains("*"))
                {
                    throw DvErrors.Duplicate();
                }

                CheckIfMatch(existing, ifMatch);
                var values = DvBody.Apply(set, t.Snapshot, existing.Values, body);
                if (!Equals(values[set.Schema.KeyName], id))
                {
                    throw DvErrors.Payload(set.Name, $"The {set.Schema.KeyName} in the body does not match the key in the URL.");
                }

                return (t.Put(set.Name, id, values.SetItem("modifiedon", Now()), DvSchema.VersionColumn), false);
            },
            cancellationToken).ConfigureAwait(false);
        await AnswerWriteAsync(context, set, row, created, query, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context, DvEntitySet set, Guid id, CancellationToken cancellationToken)
    {
        if (!set.CanDelete)
        {
            throw new ApiException(400, "0x80040800", $"The 'Delete' method does not support entities of type '{set.LogicalName}'.");
        }

        var ifMatch = ODataHttp.EntityTags(context.Request, "If-Match");
        await Store.WriteAsync(
            t =>
            {
                var existing = t.Find(set.Name, id) ?? throw DvErrors.NotFound(set.LogicalName, id);
                CheckIfMatch(existing, ifMatch);
                t.Remove(set.Name, id);
                RemoveLinksTo(t, set, id);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        await ODataHttp.WriteAsync(context, 204, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clears every lookup that pointed to a deleted row (the sandbox applies "remove link" to all relationships).</summary>
    private void RemoveLinksTo(StoreTransaction transaction, DvEntitySet deleted, Guid id)
    {
        foreach (var set in DvEntitySets.All)
        {
            foreach (var lookup in set.Lookups.Where(l => l.TargetSet == deleted.Name))
            {
                foreach (var row in transaction.Snapshot.Table(set.Name).Values.Where(r => Equals(r[lookup.Column], id)).ToList())
                {
                    transaction.Put(set.Name, row.Id, row.Values.SetItem(lookup.Column, null).SetItem("modifiedon", Now()), DvSchema.VersionColumn);
                }
            }
        }
    }

    private static void CheckIfMatch(Row row, IReadOnlyList<string> ifMatch)
    {
        var current = DvJson.ETag(row);
        if (ifMatch.Count > 0 && !ifMatch.Any(t => t == "*" || ODataHttp.SameTag(t, current)))
        {
            throw DvErrors.VersionMismatch();
        }
    }

    private Row Create(StoreTransaction transaction, DvEntitySet set, JsonElement body, Guid? keyFromUrl)
    {
        var now = Now();
        var start = DvBody.Empty(set);
        if (set.Schema.Find("_ownerid_value") is not null)
        {
            start = start.SetItem("_ownerid_value", SandboxSeed.SandboxOwnerId);
        }

        var values = DvBody.Apply(set, transaction.Snapshot, start, body);
        var id = values[set.Schema.KeyName] as Guid? ?? keyFromUrl ?? Guid.NewGuid();
        if (keyFromUrl is { } key && key != id)
        {
            throw DvErrors.Payload(set.Name, $"The {set.Schema.KeyName} in the body does not match the key in the URL.");
        }

        if (transaction.Find(set.Name, id) is not null)
        {
            throw DvErrors.Duplicate();
        }

        values = values.SetItem(set.Schema.KeyName, id).SetItem("createdon", now).SetItem("modifiedon", now);
        return transaction.Put(set.Name, id, values, DvSchema.VersionColumn);
    }

    private Task AnswerWriteAsync(HttpContext context, DvEntitySet set, Row row, bool created, ODataQuery query, CancellationToken cancellationToken)
    {
        context.Response.Headers["OData-EntityId"] = EntityUrl(context, set, row.Id);
        if (!Preferences.From(context.Request).ReturnRepresentation)
        {
            return ODataHttp.WriteAsync(context, 204, null, cancellationToken);
        }

        context.Response.Headers.Append("Preference-Applied", "return=representation");
        return WriteEntityAsync(context, set, created ? 201 : 200, row, query, cancellationToken);
    }

    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
