using System.Text.Json;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>Company-scoped sets (customers, contacts, ...): GET (list, one), POST, PATCH and DELETE with BC's If-Match rules.</summary>
public sealed partial class BcApi
{
    private async Task EntitiesAsync(HttpContext context, BcEntitySet set, BcResource resource, CancellationToken cancellationToken)
    {
        var companyId = resource.CompanyId!.Value;
        var table = set.Table(companyId);
        var entity = _service[set.Name];
        var contextPath = $"companies({companyId:D})/{set.Name}";
        EnsureCompany(Store.Current, companyId);
        var method = context.Request.Method;
        switch (resource.Id)
        {
            case null when HttpMethods.IsGet(method):
                await WriteListAsync(context, entity, Store.Current.Table(table).Values, contextPath, [set.KeyField], cancellationToken)
                    .ConfigureAwait(false);
                break;
            case null when HttpMethods.IsPost(method):
                var body = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
                var created = await Store.WriteAsync(t => Create(t, set, companyId, body), cancellationToken).ConfigureAwait(false);
                context.Response.Headers.Location = $"{MetadataUrl(context)[..^"$metadata".Length]}{contextPath}({created.Id:D})";
                await WriteEntityAsync(context, 201, entity, created, contextPath, cancellationToken).ConfigureAwait(false);
                break;
            case { } id when HttpMethods.IsGet(method):
                var row = Store.Current.Table(table).GetValueOrDefault(id) ?? throw BcErrors.RecordNotFound(set.TableCaption);
                await WriteEntityAsync(context, 200, entity, row, contextPath, cancellationToken).ConfigureAwait(false);
                break;
            case { } id when HttpMethods.IsPatch(method):
                var ifMatch = IfMatch(context.Request);
                var changes = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
                var updated = await Store.WriteAsync(t => Update(t, set, companyId, id, ifMatch, changes), cancellationToken).ConfigureAwait(false);
                await WriteEntityAsync(context, 200, entity, updated, contextPath, cancellationToken).ConfigureAwait(false);
                break;
            case { } id when HttpMethods.IsDelete(method):
                var deleteMatch = IfMatch(context.Request);
                await Store.WriteAsync(t => Delete(t, set, companyId, id, deleteMatch), cancellationToken).ConfigureAwait(false);
                await ODataHttp.WriteAsync(context, 204, null, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw BcErrors.MethodNotAllowed(method);
        }
    }

    private static void EnsureCompany(StoreSnapshot snapshot, Guid companyId)
    {
        if (!snapshot.Table(BcSchema.CompaniesTable).ContainsKey(companyId))
        {
            throw BcErrors.CompanyNotFound(companyId);
        }
    }

    /// <summary>The If-Match tags; BC requires the header on PATCH and DELETE.</summary>
    private static IReadOnlyList<string> IfMatch(HttpRequest request)
    {
        var tags = ODataHttp.EntityTags(request, "If-Match");
        return tags.Count > 0 ? tags : throw BcErrors.MissingIfMatch();
    }

    private static void CheckIfMatch(Row row, IReadOnlyList<string> ifMatch)
    {
        var current = BcJson.ETag(row);
        if (!ifMatch.Any(tag => tag == "*" || ODataHttp.SameTag(tag, current)))
        {
            throw BcErrors.EntityChanged();
        }
    }

    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private Row Create(StoreTransaction transaction, BcEntitySet set, Guid companyId, JsonElement body)
    {
        EnsureCompany(transaction.Snapshot, companyId);
        var table = set.Table(companyId);
        var values = BcBody.Apply(set, BcBody.Defaults(set), body, creating: true);
        var id = values["id"] is Guid given && given != Guid.Empty ? given : Guid.NewGuid();
        if (transaction.Find(table, id) is not null)
        {
            throw new ApiException(400, "Internal_EntityWithSameKeyExists",
                $"The record in table {set.TableCaption} already exists. Identification fields and values: SystemId='{id:D}'");
        }

        var rows = transaction.Snapshot.Table(table).Values;
        if (values[set.KeyField] is not string { Length: > 0 })
        {
            values = set.NextKey is { } next
                ? values.SetItem(set.KeyField, next(rows))
                : throw new ApiException(400, "BadRequest_RequiredParamNotProvided", $"The field '{set.KeyField}' of {set.TableCaption} must have a value.");
        }

        BcBody.EnsureUniqueKey(set, rows, id, (string)values[set.KeyField]!);
        values = set.Complete?.Invoke(transaction, companyId, values) ?? values;
        var row = transaction.Put(table, id, values.SetItem("id", id).SetItem("lastModifiedDateTime", Now()));
        set.AfterPut?.Invoke(transaction, companyId, row);
        return row;
    }

    private Row Update(StoreTransaction transaction, BcEntitySet set, Guid companyId, Guid id, IReadOnlyList<string> ifMatch, JsonElement body)
    {
        EnsureCompany(transaction.Snapshot, companyId);
        var table = set.Table(companyId);
        var existing = transaction.Find(table, id) ?? throw BcErrors.RecordNotFound(set.TableCaption);
        CheckIfMatch(existing, ifMatch);
        var values = BcBody.Apply(set, existing.Values, body, creating: false);
        if (values[set.KeyField] is not string { Length: > 0 } key)
        {
            throw new ApiException(400, "BadRequest_RequiredParamNotProvided", $"The field '{set.KeyField}' of {set.TableCaption} must have a value.");
        }

        BcBody.EnsureUniqueKey(set, transaction.Snapshot.Table(table).Values, id, key);
        values = set.Complete?.Invoke(transaction, companyId, values) ?? values;
        var row = transaction.Put(table, id, values.SetItem("lastModifiedDateTime", Now()));
        set.AfterPut?.Invoke(transaction, companyId, row);
        return row;
    }

    private static bool Delete(StoreTransaction transaction, BcEntitySet set, Guid companyId, Guid id, IReadOnlyList<string> ifMatch)
    {
        EnsureCompany(transaction.Snapshot, companyId);
        var table = set.Table(companyId);
        var row = transaction.Find(table, id) ?? throw BcErrors.RecordNotFound(set.TableCaption);
        CheckIfMatch(row, ifMatch);
        transaction.Remove(table, id);
        set.AfterDelete?.Invoke(transaction, companyId, row);
        return true;
    }
}
