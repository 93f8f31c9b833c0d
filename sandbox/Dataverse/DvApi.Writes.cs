using System.Collections.Immutable;
using System.Text.Json;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// accounts writes: POST (client-supplied <c>accountid</c> honoured), PATCH as upsert with Dataverse's precondition
/// rules (<c>If-Match: *</c> forbids create, <c>If-None-Match: *</c> forbids update, a stale tag is a 412), DELETE.
/// </summary>
public sealed partial class DvApi
{
    private async Task CreateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = ODataQueryReader.Read(_accounts, context.Request.Query, QueryRules);
        var body = await ODataHttp.ReadObjectAsync(context.Request, DvErrors.PayloadCode, cancellationToken).ConfigureAwait(false);
        var row = await Store.WriteAsync(t => Create(t, body, null), cancellationToken).ConfigureAwait(false);
        await AnswerWriteAsync(context, row, created: true, query.Select, cancellationToken).ConfigureAwait(false);
    }

    private async Task UpsertAsync(HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var query = ODataQueryReader.Read(_accounts, context.Request.Query, QueryRules);
        var ifMatch = ODataHttp.EntityTags(context.Request, "If-Match");
        var ifNoneMatch = ODataHttp.EntityTags(context.Request, "If-None-Match");
        var body = await ODataHttp.ReadObjectAsync(context.Request, DvErrors.PayloadCode, cancellationToken).ConfigureAwait(false);
        var (row, created) = await Store.WriteAsync(
            t =>
            {
                var existing = t.Find(DvSchema.AccountsTable, id);
                if (existing is null)
                {
                    return ifMatch.Count > 0 ? throw DvErrors.NotFound("account", id) : (Create(t, body, id), true);
                }

                if (ifNoneMatch.Contains("*"))
                {
                    throw DvErrors.Duplicate();
                }

                CheckIfMatch(existing, ifMatch);
                var values = DvAccountBody.Apply(existing.Values, body);
                if (!Equals(values["accountid"], id))
                {
                    throw DvErrors.Payload("accounts", "The accountid in the body does not match the key in the URL.");
                }

                return (t.Put(DvSchema.AccountsTable, id, values.SetItem("modifiedon", Now()), DvSchema.VersionColumn), false);
            },
            cancellationToken).ConfigureAwait(false);
        await AnswerWriteAsync(context, row, created, query.Select, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var ifMatch = ODataHttp.EntityTags(context.Request, "If-Match");
        await Store.WriteAsync(
            t =>
            {
                var existing = t.Find(DvSchema.AccountsTable, id) ?? throw DvErrors.NotFound("account", id);
                CheckIfMatch(existing, ifMatch);
                return t.Remove(DvSchema.AccountsTable, id);
            },
            cancellationToken).ConfigureAwait(false);
        await ODataHttp.WriteAsync(context, 204, null, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckIfMatch(Row row, IReadOnlyList<string> ifMatch)
    {
        var current = DvJson.ETag(row);
        if (ifMatch.Count > 0 && !ifMatch.Any(t => t == "*" || ODataHttp.SameTag(t, current)))
        {
            throw DvErrors.VersionMismatch();
        }
    }

    private Row Create(StoreTransaction transaction, JsonElement body, Guid? keyFromUrl)
    {
        var now = Now();
        var values = DvAccountBody.Apply(
            DvAccountBody.Empty()
                .SetItem("statecode", 0).SetItem("statuscode", 1).SetItem("_ownerid_value", SandboxSeed.SandboxOwnerId),
            body);
        var id = values["accountid"] as Guid? ?? keyFromUrl ?? Guid.NewGuid();
        if (keyFromUrl is { } key && key != id)
        {
            throw DvErrors.Payload("accounts", "The accountid in the body does not match the key in the URL.");
        }

        if (transaction.Find(DvSchema.AccountsTable, id) is not null)
        {
            throw DvErrors.Duplicate();
        }

        values = values.SetItem("accountid", id).SetItem("createdon", now).SetItem("modifiedon", now);
        return transaction.Put(DvSchema.AccountsTable, id, values, DvSchema.VersionColumn);
    }

    private Task AnswerWriteAsync(HttpContext context, Row row, bool created, IReadOnlyList<string>? select, CancellationToken cancellationToken)
    {
        context.Response.Headers["OData-EntityId"] = EntityUrl(context, row.Id);
        if (!Preferences.From(context.Request).ReturnRepresentation)
        {
            return ODataHttp.WriteAsync(context, 204, null, cancellationToken);
        }

        context.Response.Headers["Preference-Applied"] = "return=representation";
        return WriteEntityAsync(context, created ? 201 : 200, row, select, cancellationToken);
    }

    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
