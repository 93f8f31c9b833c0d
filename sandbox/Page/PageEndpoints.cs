using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.Page;

/// <summary>
/// The sandbox page at <c>/</c> (HTML with the initial records embedded as JSON) and its script and style under
/// <c>/_sandbox/page/</c>. Never limited; the page's own edits go through the APIs and so meet their limits.
/// </summary>
public static class PageEndpoints
{
    private const string DataPlaceholder = "/*INITIAL_DATA*/";

    /// <summary>Maps the page.</summary>
    public static IEndpointRouteBuilder MapSandboxPage(this IEndpointRouteBuilder endpoints)
    {
        var html = PageAssets.Read("index.html");
        var script = PageAssets.Read("page.js");
        var style = PageAssets.Read("page.css");
        endpoints.MapGet("/", (SandboxData data) =>
        {
            // The default encoder escapes '<', '>' and '&', so the JSON cannot close the script element.
            var json = PageData.Build(data).ToJsonString();
            return Results.Content(html.Replace(DataPlaceholder, json, StringComparison.Ordinal), "text/html; charset=utf-8");
        });
        endpoints.MapGet("/_sandbox/page/page.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        endpoints.MapGet("/_sandbox/page/page.css", () => Results.Content(style, "text/css; charset=utf-8"));
        return endpoints;
    }
}
