using System.Text.Json.Nodes;
using CouplingBot.Sandbox.ChangeTracking;
using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// Change tracking: <c>GET {set}?$select=...</c> with <c>Prefer: odata.track-changes</c> answers every row and an
/// <c>@odata.deltaLink</c>; GETting that link answers the rows written since (by version), then the rows deleted since
/// as <c>$deletedEntity</c> entries, and a new delta link. <c>$filter</c>, <c>$orderby</c>, <c>$expand</c> and
/// <c>$top</c> are refused; tokens expire after <see cref="ChangeTrackingOptions.TokenLifetime"/>. No paging.
/// </summary>
public sealed partial class DvApi
{
    private const string DeltaTokenOption = "$deltatoken";

    private static readonly string[] RefusedWithTracking = ["$filter", "$orderby", "$expand", "$top"];

    private Task TrackChangesAsync(HttpContext context, DvEntitySet set, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (RefusedWithTracking.FirstOrDefault(request.Query.ContainsKey) is { } refused)
        {
            throw new ApiException(400, DvErrors.QueryCode, $"The \"{refused}\" query parameter isn't supported when Change Tracking is enabled.");
        }

        var rest = new QueryCollection(request.Query.Where(q => q.Key != DeltaTokenOption).ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal));
        var query = ODataQueryReader.Read(_service[set.Name], rest, QueryRules);
        var snapshot = Store.Current;
        var since = request.Query.TryGetValue(DeltaTokenOption, out var text) ? CheckToken(text, snapshot.LastVersion) : null;
        var representation = Representation(context, snapshot);
        var metadata = MetadataUrl(context);
        var values = new JsonArray();
        var changes = since is null ? null : TableChanges.Since(snapshot, set.Name, since.Version);
        var rows = changes?.Written ?? snapshot.Table(set.Name).Values.OrderBy(r => r.Version).ToList();
        foreach (var row in rows)
        {
            values.Add(representation.Entity(set, row, query.Select, query.Expand));
        }

        foreach (var (id, _) in changes?.Deleted ?? [])
        {
            values.Add(new JsonObject
            {
                ["@odata.context"] = $"{metadata}#{set.Name}/$deletedEntity",
                ["id"] = id.ToString("D"),
                ["reason"] = "deleted",
            });
        }

        var token = new DeltaToken(snapshot.LastVersion, time.GetUtcNow());
        var body = new JsonObject
        {
            ["@odata.context"] = metadata + "#" + set.Name + DvJson.ContextSuffix(query, set) + (since is null ? string.Empty : "/$delta"),
            ["@odata.deltaLink"] = DeltaLink(request, rest, token),
            ["value"] = values,
        };
        if (since is null)
        {
            context.Response.Headers.Append("Preference-Applied", "odata.track-changes");
        }

        return ODataHttp.WriteAsync(context, 200, body, cancellationToken);
    }

    private DeltaToken CheckToken(StringValues text, long lastVersion)
    {
        var token = DeltaToken.TryParse(text.Count == 1 ? text[0] : null);
        if (token is null || token.Version > lastVersion)
        {
            throw new ApiException(400, DvErrors.QueryCode, $"The delta token '{text}' is not valid.");
        }

        var lifetime = options.Value.ChangeTracking.TokenLifetime;
        if (token.Issued + lifetime < time.GetUtcNow())
        {
            // Dataverse's own code and wording for an expired change-tracking token.
            throw new ApiException(400, DvErrors.ExpiredVersionStampCode,
                $"Version stamp associated with the client has expired. Please perform a full sync. (Changes are kept for {lifetime.TotalDays:0.###} days: ExpireChangeTrackingInDays.)");
        }

        return token;
    }

    private static string DeltaLink(HttpRequest request, IQueryCollection rest, DeltaToken token)
    {
        var parts = rest
            .SelectMany(q => q.Value.Select(v => q.Key + "=" + Uri.EscapeDataString(v ?? string.Empty)))
            .Append(DeltaTokenOption + "=" + Uri.EscapeDataString(token.ToString()));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path) + "?" + string.Join('&', parts);
    }
}
