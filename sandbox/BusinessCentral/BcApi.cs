using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// The Business Central API v2.0 imitation under <c>/bc/v2.0/{tenant}/{environment}/api/v2.0/</c> (any tenant and
/// environment; they share one data set). One error boundary turns every <see cref="ApiException"/> into BC's error body.
/// </summary>
public sealed partial class BcApi(SandboxData data, TimeProvider time)
{
    /// <summary>The route every BC request comes through.</summary>
    public const string Route = "/bc/v2.0/{tenant}/{environment}/api/v2.0/{**path}";

    /// <summary>Largest (and default) server page, as BC's documented limit.</summary>
    public const int MaxPageSize = 20000;

    private static readonly ODataQueryRules QueryRules = new(
        new HashSet<string>(StringComparer.Ordinal) { "$filter", "$select", "$top", "$skip", "$orderby", "$count", "$skiptoken" },
        BcErrors.BadRequest);

    private readonly EdmEntity _companies = new(BcSchema.Company);
    private readonly EdmService _service = new([.. BcEntitySets.All.Select(s => s.Schema), BcSchema.ContactInformation], []);
    private readonly ExpressionEvaluator _evaluator = new(StringComparison.Ordinal, BcErrors.BadRequest);

    private EntityStore Store => data.BusinessCentral;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        try
        {
            var resource = BcResource.Parse(context.GetRouteValue("path") as string ?? string.Empty);
            var work = resource.EntitySet switch
            {
                null => CompaniesAsync(context, resource, cancellationToken),
                BcEntitySets.ContactsInformation => ContactsInformationAsync(context, resource, cancellationToken),
                { } name => EntitiesAsync(context, BcEntitySets.Find(name)!, resource, cancellationToken),
            };
            await work.ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            await BcErrors.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string MetadataUrl(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var path = $"/bc/v2.0/{values["tenant"]}/{values["environment"]}/api/v2.0/$metadata";
        return UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, path);
    }

    private static ODataQuery ReadQuery(EdmEntity entity, HttpRequest request)
    {
        var query = ODataQueryReader.Read(entity, request.Query, QueryRules);
        return query.Expand.Count > 0 ? throw BcErrors.Bad("$expand is not supported by this sandbox.") : query;
    }

    private Task WriteListAsync(
        HttpContext context, EdmEntity entity, IEnumerable<Row> rows, string contextPath, IReadOnlyList<string> defaultOrder, CancellationToken cancellationToken)
    {
        var query = ReadQuery(entity, context.Request);
        if (FilterFields.OrSpansDistinctFields(query.Filter))
        {
            throw BcErrors.Bad("An error occurred while processing this request. The 'OR' operator is not supported on distinct fields on an OData filter.");
        }

        var preferences = Preferences.From(context.Request);
        var pageSize = Math.Min(preferences.MaxPageSize ?? MaxPageSize, MaxPageSize);
        if (preferences.MaxPageSize is not null)
        {
            context.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={pageSize}";
        }

        var page = QueryExecutor.Execute(rows, query, _evaluator, defaultOrder, pageSize);
        var body = new JsonObject { ["@odata.context"] = MetadataUrl(context) + "#" + contextPath + BcJson.SelectSuffix(query.Select) };
        if (query.Count)
        {
            body["@odata.count"] = page.Total;
        }

        body["value"] = new JsonArray(page.Rows.Select(r => (JsonNode)BcJson.Entity(r, entity.Schema, query.Select)).ToArray());
        if (page.NextOffset is { } next)
        {
            body["@odata.nextLink"] = ODataHttp.NextLink(context.Request, SkipToken.Encode(next));
        }

        return ODataHttp.WriteAsync(context, 200, body, cancellationToken);
    }

    private Task WriteEntityAsync(
        HttpContext context, int status, EdmEntity entity, Row row, string contextPath, CancellationToken cancellationToken)
    {
        var query = ReadQuery(entity, context.Request);
        var body = BcJson.Entity(row, entity.Schema, query.Select);
        body.Insert(0, "@odata.context", MetadataUrl(context) + "#" + contextPath + BcJson.SelectSuffix(query.Select) + "/$entity");
        context.Response.Headers.ETag = BcJson.ETag(row);
        return ODataHttp.WriteAsync(context, status, body, cancellationToken);
    }

    private async Task CompaniesAsync(HttpContext context, BcResource resource, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            throw BcErrors.MethodNotAllowed(context.Request.Method);
        }

        var companies = Store.Current.Table(BcSchema.CompaniesTable);
        if (resource.CompanyId is not { } id)
        {
            await WriteListAsync(context, _companies, companies.Values, "companies", ["name"], cancellationToken).ConfigureAwait(false);
            return;
        }

        var company = companies.GetValueOrDefault(id) ?? throw BcErrors.CompanyNotFound(id);
        await WriteEntityAsync(context, 200, _companies, company, "companies", cancellationToken).ConfigureAwait(false);
    }
}
