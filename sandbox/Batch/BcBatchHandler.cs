using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Sandbox.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// Business Central's JSON <c>POST .../api/v2.0/$batch</c>: <c>{"requests":[{id, method, url, headers, body, dependsOn}]}</c>
/// answered 200 <c>{"responses":[{id, status, headers, body}]}</c>, each request run through <see cref="BcApi"/> (or
/// <see cref="SubscriptionsApi"/>). Without <c>Isolation: snapshot</c> each request stands alone; a request whose
/// <c>dependsOn</c> names a failed one is not run (424). With it, the batch is one store transaction: the first failure
/// rolls everything back, the requests after it are not run (424), and the answers so far are returned.
/// </summary>
public sealed class BcBatchHandler(BcApi api, SubscriptionsApi subscriptions, SandboxData data)
{
    /// <summary>Most operations in one batch.</summary>
    public const int MaxOperations = 100;

    private const string ApiRoot = "/api/v2.0/";

    /// <summary>Handles the batch request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        try
        {
            var body = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
            var requests = BcBatchRequest.Read(body);
            if (requests.Count > MaxOperations)
            {
                throw BcErrors.Bad($"A maximum number of '{MaxOperations}' query operations and change sets are allowed.");
            }

            var snapshot = string.Equals(context.Request.Headers["Isolation"].ToString(), "snapshot", StringComparison.OrdinalIgnoreCase);
            var responses = snapshot
                ? await data.BusinessCentral.TransactionAsync(
                    async () =>
                    {
                        var answers = await RunAllAsync(context, requests, stopAtFailure: true).ConfigureAwait(false);
                        return (answers, answers.All(a => a.Succeeded));
                    },
                    cancellationToken).ConfigureAwait(false)
                : await RunAllAsync(context, requests, stopAtFailure: false).ConfigureAwait(false);
            var array = new JsonArray(requests.Zip(responses, (r, a) => (JsonNode)ToJson(r.ContentId, a)).ToArray());
            await ODataHttp.WriteAsync(context, 200, new JsonObject { ["responses"] = array }, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            await BcErrors.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<PartResponse>> RunAllAsync(HttpContext context, IReadOnlyList<BatchPart> requests, bool stopAtFailure)
    {
        var answers = new List<PartResponse>();
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var dependsOnFailure = request.DependsOn.Any(failedIds.Contains) || (stopAtFailure && failedIds.Count > 0);
            var answer = dependsOnFailure ? await FailedDependencyAsync(context).ConfigureAwait(false) : await RunAsync(context, request).ConfigureAwait(false);
            if (!answer.Succeeded)
            {
                failedIds.Add(request.ContentId ?? string.Empty);
            }

            answers.Add(answer);
        }

        return answers;
    }

    private async Task<PartResponse> RunAsync(HttpContext context, BatchPart request)
    {
        var values = context.Request.RouteValues;
        var root = $"/bc/v2.0/{values["tenant"]}/{values["environment"]}/api/v2.0/";
        if (InnerRequest.Split(request.Url, ApiRoot) is not var (path, query))
        {
            return await ErrorAsync(context, BcErrors.SegmentNotFound(request.Url)).ConfigureAwait(false);
        }

        var isSubscription = SubscriptionsApi.TryParsePath(path, out var subscriptionId);
        var routeValues = new Dictionary<string, string>
        {
            ["tenant"] = $"{values["tenant"]}",
            ["environment"] = $"{values["environment"]}",
            [isSubscription ? "id" : "path"] = isSubscription ? subscriptionId ?? string.Empty : path,
        };
        return await InnerRequest.RunAsync(
            context, isSubscription ? subscriptions.HandleAsync : api.HandleAsync, request.Method, root + path, query, request.Headers, request.Body, routeValues)
            .ConfigureAwait(false);
    }

    private static Task<PartResponse> FailedDependencyAsync(HttpContext context) =>
        ErrorAsync(context, new ApiException(424, "BadRequest_FailedDependency", "The request was not run because a request it depends on failed."));

    private static Task<PartResponse> ErrorAsync(HttpContext context, ApiException error) =>
        InnerRequest.RunAsync(context, c => BcErrors.WriteAsync(c, error, c.RequestAborted), "GET", "/", QueryString.Empty, [], [],
            new Dictionary<string, string>());

    private static JsonObject ToJson(string? id, PartResponse answer)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in answer.Headers)
        {
            headers[name.ToLowerInvariant()] = value;
        }

        var json = new JsonObject { ["id"] = id, ["status"] = answer.Status, ["headers"] = headers };
        if (answer.Body.Length > 0)
        {
            json["body"] = JsonNode.Parse(Encoding.UTF8.GetString(answer.Body));
        }

        return json;
    }
}
