using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// The Dataverse Web API v9.2 imitation under <c>/dataverse/api/data/v9.2/</c>. One error boundary turns every
/// <see cref="ApiException"/> into Dataverse's error body. String comparisons in <c>$filter</c> ignore case.
/// </summary>
public sealed partial class DvApi(SandboxData data, TimeProvider time)
{
    /// <summary>The route every Dataverse request comes through.</summary>
    public const string Route = "/dataverse/api/data/v9.2/{**path}";

    /// <summary>The base path (without host).</summary>
    public const string BasePath = "/dataverse/api/data/v9.2/";

    /// <summary>Largest (and default) server page.</summary>
    public const int MaxPageSize = 5000;

    private static readonly ODataQueryRules QueryRules = new(
        new HashSet<string>(StringComparer.Ordinal) { "$filter", "$select", "$top", "$orderby", "$count", "$skiptoken" },
        DvErrors.QueryCode);

    private readonly EdmEntity _accounts = new(DvSchema.Account);
    private readonly ExpressionEvaluator _evaluator = new(StringComparison.OrdinalIgnoreCase, DvErrors.QueryCode);

    private EntityStore Store => data.Dataverse;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        try
        {
            var resource = DvResource.Parse(context.GetRouteValue("path") as string ?? string.Empty);
            var method = context.Request.Method;
            Task work = resource.Id switch
            {
                null when HttpMethods.IsGet(method) => ListAsync(context, cancellationToken),
                null when HttpMethods.IsPost(method) => CreateAsync(context, cancellationToken),
                { } id when HttpMethods.IsGet(method) => GetAsync(context, id, cancellationToken),
                { } id when HttpMethods.IsPatch(method) => UpsertAsync(context, id, cancellationToken),
                { } id when HttpMethods.IsDelete(method) => DeleteAsync(context, id, cancellationToken),
                _ => throw DvErrors.MethodNotAllowed(method),
            };
            await work.ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            await DvErrors.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The absolute URL of an account.</summary>
    private static string EntityUrl(HttpContext context, Guid id) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, $"{BasePath}accounts({id:D})");

    private static string MetadataUrl(HttpContext context) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, BasePath + "$metadata");

    private Task ListAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = ODataQueryReader.Read(_accounts, context.Request.Query, QueryRules);
        var preferences = Preferences.From(context.Request);
        var pageSize = Math.Min(preferences.MaxPageSize ?? MaxPageSize, MaxPageSize);
        if (preferences.MaxPageSize is not null)
        {
            context.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={pageSize}";
        }

        var page = QueryExecutor.Execute(Store.Current.Table(DvSchema.AccountsTable).Values, query, _evaluator, [], pageSize);
        var body = new JsonObject
        {
            ["@odata.context"] = MetadataUrl(context) + "#accounts" + DvJson.SelectSuffix(query.Select, _accounts.Schema),
        };
        if (query.Count)
        {
            body["@odata.count"] = page.Total;
        }

        body["value"] = new JsonArray(page.Rows.Select(r => (JsonNode)DvJson.Entity(r, _accounts.Schema, query.Select)).ToArray());
        if (page.NextOffset is { } next)
        {
            body["@odata.nextLink"] = ODataHttp.NextLink(context.Request, SkipToken.Encode(next));
        }

        return ODataHttp.WriteAsync(context, 200, body, cancellationToken);
    }

    private Task GetAsync(HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var row = Store.Current.Table(DvSchema.AccountsTable).GetValueOrDefault(id) ?? throw DvErrors.NotFound("account", id);
        var query = ODataQueryReader.Read(_accounts, context.Request.Query, QueryRules);
        var etag = DvJson.ETag(row);
        context.Response.Headers.ETag = etag;
        if (ODataHttp.EntityTags(context.Request, "If-None-Match").Any(t => t == "*" || ODataHttp.SameTag(t, etag)))
        {
            return ODataHttp.WriteAsync(context, 304, null, cancellationToken);
        }

        return WriteEntityAsync(context, 200, row, query.Select, cancellationToken);
    }

    private Task WriteEntityAsync(HttpContext context, int status, Row row, IReadOnlyList<string>? select, CancellationToken cancellationToken)
    {
        var body = DvJson.Entity(row, _accounts.Schema, select);
        body.Insert(0, "@odata.context", MetadataUrl(context) + "#accounts" + DvJson.SelectSuffix(select, _accounts.Schema) + "/$entity");
        context.Response.Headers.ETag = DvJson.ETag(row);
        return ODataHttp.WriteAsync(context, status, body, cancellationToken);
    }
}
