using System.Text;
using System.Text.RegularExpressions;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// Dataverse's <c>POST /api/data/v9.2/$batch</c>. Requests run one after another through <see cref="DvApi"/>, so every
/// rule of a normal request applies. A change set runs as one store transaction: the first failure rolls it back and
/// answers that failure as the change set's only part. Inside a change set, <c>$n</c> (a <c>Content-ID</c> of an
/// earlier member) stands for the URL of the entity that member created, at the start of a URL or as a JSON string
/// (e.g. in <c>@odata.bind</c>). Without <c>Prefer: odata.continue-on-error</c> the batch stops at the first failure and
/// answers 400; with it, 200 and <c>Preference-Applied</c>.
/// </summary>
public sealed partial class DvBatchHandler(DvApi api, SandboxData data)
{
    private const string ApiRoot = "/api/data/v9.2/";

    /// <summary>Handles the batch request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        DvBatchRequest batch;
        try
        {
            batch = await DvBatchRequest.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            await DvErrors.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
            return;
        }

        var continueOnError = Preferences.From(context.Request).ContinueOnError;
        var writer = new MultipartWriter("batchresponse_" + Guid.NewGuid().ToString("D"));
        var failed = false;
        for (var i = 0; i < batch.Items.Count && (continueOnError || !failed); i++)
        {
            var item = batch.Items[i];
            if (!batch.IsChangeSet[i])
            {
                var response = await RunAsync(context, item[0], new Dictionary<string, string>()).ConfigureAwait(false);
                writer.AddResponse(response, item[0].ContentId);
                failed |= !response.Succeeded;
                continue;
            }

            var (answers, failure) = await RunChangeSetAsync(context, item, cancellationToken).ConfigureAwait(false);
            if (failure is { } bad)
            {
                writer.AddResponse(bad.Response, bad.ContentId);
                failed = true;
            }
            else
            {
                var nested = new MultipartWriter("changesetresponse_" + Guid.NewGuid().ToString("D"));
                foreach (var (response, contentId) in answers)
                {
                    nested.AddResponse(response, contentId);
                }

                writer.AddNested(nested);
            }
        }

        context.Response.StatusCode = failed && !continueOnError ? 400 : 200;
        context.Response.Headers["OData-Version"] = "4.0";
        if (continueOnError)
        {
            context.Response.Headers["Preference-Applied"] = "odata.continue-on-error";
        }

        context.Response.ContentType = "multipart/mixed; boundary=" + writer.Boundary;
        await context.Response.WriteAsync(writer.ToString(), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
    }

    private Task<(List<(PartResponse Response, string? ContentId)> Answers, (PartResponse Response, string? ContentId)? Failure)> RunChangeSetAsync(
        HttpContext context, IReadOnlyList<BatchPart> members, CancellationToken cancellationToken) =>
        data.Dataverse.TransactionAsync<(List<(PartResponse, string?)>, (PartResponse, string?)?)>(
            async () =>
            {
                var answers = new List<(PartResponse, string?)>();
                var created = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var member in members)
                {
                    var response = await RunAsync(context, member, created).ConfigureAwait(false);
                    if (!response.Succeeded)
                    {
                        return ((answers, (response, member.ContentId)), false);
                    }

                    if (member.ContentId is { } id && (response.Header("OData-EntityId") ?? response.Header("Location")) is { } url)
                    {
                        created[id] = url;
                    }

                    answers.Add((response, member.ContentId));
                }

                return ((answers, null), true);
            },
            cancellationToken);

    private async Task<PartResponse> RunAsync(HttpContext context, BatchPart part, IReadOnlyDictionary<string, string> created)
    {
        if (Resolve(part.Url, created) is not { } url || !TryResolveBody(part.Body, created, out var body))
        {
            var reference = part.Url.StartsWith('$') && Resolve(part.Url, created) is null
                ? part.Url.Split('/', '?')[0]
                : "$" + ReferencePattern().Matches(Encoding.UTF8.GetString(part.Body)).First(m => !created.ContainsKey(m.Groups["id"].Value)).Groups["id"].Value;
            return await ErrorAsync(context, new ApiException(400, DvErrors.QueryCode, $"Content-ID Reference: '{reference}' does not exist in the batch context.")).ConfigureAwait(false);
        }

        if (InnerRequest.Split(url, ApiRoot) is not var (path, query))
        {
            return await ErrorAsync(context, DvErrors.SegmentNotFound(url)).ConfigureAwait(false);
        }

        var response = await InnerRequest.RunAsync(
            context, api.HandleAsync, part.Method, DvApi.BasePath + path, query, part.Headers, body,
            new Dictionary<string, string> { ["path"] = path }).ConfigureAwait(false);
        return response.Header("OData-EntityId") is { } entity && response.Header("Location") is null
            ? response with { Headers = [.. response.Headers, KeyValuePair.Create("Location", entity)] }
            : response;
    }

    private static string? Resolve(string url, IReadOnlyDictionary<string, string> created)
    {
        if (!url.StartsWith('$'))
        {
            return url;
        }

        var end = url.IndexOfAny(['/', '?']);
        var id = end < 0 ? url[1..] : url[1..end];
        return created.TryGetValue(id, out var target) ? target + (end < 0 ? string.Empty : url[end..]) : null;
    }

    private static bool TryResolveBody(byte[] body, IReadOnlyDictionary<string, string> created, out byte[] resolved)
    {
        var text = Encoding.UTF8.GetString(body);
        var ok = true;
        var replaced = ReferencePattern().Replace(text, m =>
        {
            var id = m.Groups["id"].Value;
            ok &= created.ContainsKey(id);
            return created.TryGetValue(id, out var url) ? "\"" + url + m.Groups["rest"].Value : m.Value;
        });
        resolved = Encoding.UTF8.GetBytes(replaced);
        return ok;
    }

    private static async Task<PartResponse> ErrorAsync(HttpContext context, ApiException error) =>
        await InnerRequest.RunAsync(context, c => DvErrors.WriteAsync(c, error, c.RequestAborted), "GET", "/", QueryString.Empty, [], [],
            new Dictionary<string, string>()).ConfigureAwait(false);

    [GeneratedRegex("\"\\$(?<id>[A-Za-z0-9_.-]+)(?<rest>[/\"])")]
    private static partial Regex ReferencePattern();
}
