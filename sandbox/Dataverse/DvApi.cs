using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// The Dataverse Web API v9.2 imitation under <c>/dataverse/api/data/v9.2/</c> for the tables of <see cref="DvEntitySets"/>.
/// One error boundary turns every <see cref="ApiException"/> into Dataverse's error body. String comparisons in
/// <c>$filter</c> ignore case.
/// </summary>
public sealed partial class DvApi(SandboxData data, TimeProvider time, IOptions<SandboxOptions> options)
{
    /// <summary>The route every Dataverse request comes through.</summary>
    public const string Route = "/dataverse/api/data/v9.2/{**path}";

    /// <summary>The base path (without host).</summary>
    public const string BasePath = "/dataverse/api/data/v9.2/";

    /// <summary>Largest (and default) server page.</summary>
    public const int MaxPageSize = 5000;

    private static readonly ODataQueryRules QueryRules = new(
        new HashSet<string>(StringComparer.Ordinal) { "$filter", "$select", "$top", "$orderby", "$count", "$expand", "$skiptoken" },
        DvErrors.QueryCode);

    private readonly EdmService _service = DvEntitySets.BuildModel();
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
            var set = DvEntitySets.Find(resource.EntitySet)!;
            var method = context.Request.Method;
            Task work = resource switch
            {
                { RefNavigation: { } navigation, Id: { } id } when HttpMethods.IsPut(method) => AssociateAsync(context, set, id, navigation, cancellationToken),
                { RefNavigation: { } navigation, Id: { } id } when HttpMethods.IsDelete(method) => DisassociateAsync(context, set, id, navigation, cancellationToken),
                { RefNavigation: not null } => throw DvErrors.MethodNotAllowed(method),
                { Id: null } when HttpMethods.IsGet(method) => ListAsync(context, set, cancellationToken),
                { Id: null } when HttpMethods.IsPost(method) => CreateAsync(context, set, cancellationToken),
                { Id: { } id } when HttpMethods.IsGet(method) => GetAsync(context, set, id, cancellationToken),
                { Id: { } id } when HttpMethods.IsPatch(method) => UpsertAsync(context, set, id, cancellationToken),
                { Id: { } id } when HttpMethods.IsDelete(method) => DeleteAsync(context, set, id, cancellationToken),
                _ => throw DvErrors.MethodNotAllowed(method),
            };
            await work.ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            await DvErrors.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The absolute URL of a row.</summary>
    private static string EntityUrl(HttpContext context, DvEntitySet set, Guid id) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, $"{BasePath}{set.Name}({id:D})");

    private static string MetadataUrl(HttpContext context) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, BasePath + "$metadata");

    private ODataQuery ReadQuery(HttpContext context, DvEntitySet set) =>
        ODataQueryReader.Read(_service[set.Name], context.Request.Query, QueryRules);

    private DvRepresentation Representation(HttpContext context, StoreSnapshot snapshot)
    {
        var preferences = Preferences.From(context.Request);
        var representation = new DvRepresentation(snapshot, preferences);
        if (representation.AnyAnnotations)
        {
            context.Response.Headers.Append("Preference-Applied", $"odata.include-annotations=\"{preferences.IncludeAnnotations}\"");
        }

        return representation;
    }

    private Task ListAsync(HttpContext context, DvEntitySet set, CancellationToken cancellationToken)
    {
        if (Preferences.From(context.Request).TrackChanges || context.Request.Query.ContainsKey(DeltaTokenOption))
        {
            return TrackChangesAsync(context, set, cancellationToken);
        }

        var query = ReadQuery(context, set);
        var preferences = Preferences.From(context.Request);
        var pageSize = Math.Min(preferences.MaxPageSize ?? MaxPageSize, MaxPageSize);
        if (preferences.MaxPageSize is not null)
        {
            context.Response.Headers.Append("Preference-Applied", $"odata.maxpagesize={pageSize}");
        }

        var snapshot = Store.Current;
        var representation = Representation(context, snapshot);
        var page = QueryExecutor.Execute(snapshot.Table(set.Name).Values, query, _evaluator, [], pageSize);
        var body = new JsonObject { ["@odata.context"] = MetadataUrl(context) + "#" + set.Name + DvJson.ContextSuffix(query, set) };
        if (query.Count)
        {
            body["@odata.count"] = page.Total;
        }

        body["value"] = new JsonArray(page.Rows.Select(r => (JsonNode)representation.Entity(set, r, query.Select, query.Expand)).ToArray());
        if (page.NextOffset is { } next)
        {
            body["@odata.nextLink"] = ODataHttp.NextLink(context.Request, SkipToken.Encode(next));
        }

        return ODataHttp.WriteAsync(context, 200, body, cancellationToken);
    }

    private Task GetAsync(HttpContext context, DvEntitySet set, Guid id, CancellationToken cancellationToken)
    {
        var row = Store.Current.Table(set.Name).GetValueOrDefault(id) ?? throw DvErrors.NotFound(set.LogicalName, id);
        var query = ReadQuery(context, set);
        var etag = DvJson.ETag(row);
        context.Response.Headers.ETag = etag;
        if (ODataHttp.EntityTags(context.Request, "If-None-Match").Any(t => t == "*" || ODataHttp.SameTag(t, etag)))
        {
            return ODataHttp.WriteAsync(context, 304, null, cancellationToken);
        }

        return WriteEntityAsync(context, set, 200, row, query, cancellationToken);
    }

    private Task WriteEntityAsync(HttpContext context, DvEntitySet set, int status, Row row, ODataQuery query, CancellationToken cancellationToken)
    {
        var body = Representation(context, Store.Current).Entity(set, row, query.Select, query.Expand);
        body.Insert(0, "@odata.context", MetadataUrl(context) + "#" + set.Name + DvJson.ContextSuffix(query, set) + "/$entity");
        context.Response.Headers.ETag = DvJson.ETag(row);
        return ODataHttp.WriteAsync(context, status, body, cancellationToken);
    }
}
