using System.Text;
using System.Text.Json;
using CouplingBot.Sandbox.BusinessCentral;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// Reads the JSON batch body <c>{"requests":[{"id","method","url","headers":{...},"body":{...},"dependsOn":[...]}]}</c>
/// into <see cref="BatchPart"/>s (the id becomes <see cref="BatchPart.ContentId"/>).
/// </summary>
public static class BcBatchRequest
{
    /// <summary>The requests of the body; a malformed body is a 400.</summary>
    public static IReadOnlyList<BatchPart> Read(JsonElement body)
    {
        if (!body.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
        {
            throw BcErrors.Bad("The batch request body must have a 'requests' array.");
        }

        var parts = new List<BatchPart>();
        foreach (var request in requests.EnumerateArray())
        {
            var method = Text(request, "method") ?? throw BcErrors.Bad("Each batch request needs a 'method'.");
            var url = Text(request, "url") ?? throw BcErrors.Bad("Each batch request needs a 'url'.");
            var headers = new List<KeyValuePair<string, string>>();
            if (request.TryGetProperty("headers", out var given) && given.ValueKind == JsonValueKind.Object)
            {
                headers.AddRange(given.EnumerateObject().Select(h => KeyValuePair.Create(h.Name, h.Value.ToString())));
            }

            var dependsOn = request.TryGetProperty("dependsOn", out var ids) && ids.ValueKind == JsonValueKind.Array
                ? ids.EnumerateArray().Select(d => d.ToString()).ToList()
                : [];
            var bytes = request.TryGetProperty("body", out var content) && content.ValueKind != JsonValueKind.Null
                ? Encoding.UTF8.GetBytes(content.GetRawText())
                : [];
            var id = request.TryGetProperty("id", out var givenId) && givenId.ValueKind != JsonValueKind.Null ? givenId.ToString() : null;
            parts.Add(new BatchPart(method, url, headers, bytes, id) { DependsOn = dependsOn });
        }

        return parts;
    }

    private static string? Text(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
