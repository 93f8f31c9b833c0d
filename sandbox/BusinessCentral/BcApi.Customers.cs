using System.Collections.Immutable;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>customers: GET (list, one), POST, PATCH and DELETE with BC's If-Match rules.</summary>
public sealed partial class BcApi
{
    private async Task CustomersAsync(HttpContext context, BcResource resource, CancellationToken cancellationToken)
    {
        var companyId = resource.CompanyId!.Value;
        var table = BcSchema.CustomersTable(companyId);
        var contextPath = $"companies({companyId:D})/customers";
        EnsureCompany(Store.Current, companyId);
        var method = context.Request.Method;
        switch (resource.Id)
        {
            case null when HttpMethods.IsGet(method):
                await WriteListAsync(context, _customers, Store.Current.Table(table).Values, contextPath, ["number"], cancellationToken)
                    .ConfigureAwait(false);
                break;
            case null when HttpMethods.IsPost(method):
                var body = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
                var created = await Store.WriteAsync(t => Create(t, companyId, table, body), cancellationToken).ConfigureAwait(false);
                context.Response.Headers.Location = $"{MetadataUrl(context)[..^"$metadata".Length]}{contextPath}({created.Id:D})";
                await WriteEntityAsync(context, 201, _customers, created, contextPath, cancellationToken).ConfigureAwait(false);
                break;
            case { } id when HttpMethods.IsGet(method):
                var row = Store.Current.Table(table).GetValueOrDefault(id) ?? throw BcErrors.RecordNotFound("Customer");
                await WriteEntityAsync(context, 200, _customers, row, contextPath, cancellationToken).ConfigureAwait(false);
                break;
            case { } id when HttpMethods.IsPatch(method):
                var ifMatch = IfMatch(context.Request);
                var changes = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
                var updated = await Store.WriteAsync(t => Update(t, companyId, table, id, ifMatch, changes), cancellationToken)
                    .ConfigureAwait(false);
                await WriteEntityAsync(context, 200, _customers, updated, contextPath, cancellationToken).ConfigureAwait(false);
                break;
            case { } id when HttpMethods.IsDelete(method):
                var deleteMatch = IfMatch(context.Request);
                await Store.WriteAsync(t => Delete(t, companyId, table, id, deleteMatch), cancellationToken).ConfigureAwait(false);
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

    private Row Create(StoreTransaction transaction, Guid companyId, string table, System.Text.Json.JsonElement body)
    {
        EnsureCompany(transaction.Snapshot, companyId);
        var values = BcCustomerBody.Apply(BcCustomerBody.Defaults(), body, creating: true);
        var id = values["id"] is Guid given && given != Guid.Empty ? given : Guid.NewGuid();
        if (transaction.Find(table, id) is not null)
        {
            throw new ApiException(400, "Internal_EntityWithSameKeyExists",
                $"The record in table Customer already exists. Identification fields and values: SystemId='{id:D}'");
        }

        var rows = transaction.Snapshot.Table(table).Values;
        if (values["number"] is not string { Length: > 0 })
        {
            values = values.SetItem("number", BcCustomerBody.NextNumber(rows));
        }

        BcCustomerBody.EnsureUniqueNumber(rows, id, (string)values["number"]!);
        return transaction.Put(table, id, values.SetItem("id", id).SetItem("lastModifiedDateTime", Now()));
    }

    private Row Update(
        StoreTransaction transaction, Guid companyId, string table, Guid id, IReadOnlyList<string> ifMatch, System.Text.Json.JsonElement body)
    {
        EnsureCompany(transaction.Snapshot, companyId);
        var row = transaction.Find(table, id) ?? throw BcErrors.RecordNotFound("Customer");
        CheckIfMatch(row, ifMatch);
        var values = BcCustomerBody.Apply(row.Values, body, creating: false);
        BcCustomerBody.EnsureUniqueNumber(transaction.Snapshot.Table(table).Values, id, (string)values["number"]!);
        return transaction.Put(table, id, values.SetItem("lastModifiedDateTime", Now()));
    }

    private static bool Delete(StoreTransaction transaction, Guid companyId, string table, Guid id, IReadOnlyList<string> ifMatch)
    {
        EnsureCompany(transaction.Snapshot, companyId);
        var row = transaction.Find(table, id) ?? throw BcErrors.RecordNotFound("Customer");
        CheckIfMatch(row, ifMatch);
        return transaction.Remove(table, id);
    }
}
