using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>OData JSON batch bodies (OData 4.01 JSON format, section 19), as Business Central speaks them.</summary>
internal static class JsonBatch
{
    /// <summary>The request body as <c>application/json</c>.</summary>
    public static StringContent Content(JsonObject body) =>
        new(body.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>The answers by request id.</summary>
    public static async Task<IReadOnlyDictionary<string, BatchPart>> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var parts = new Dictionary<string, BatchPart>(StringComparer.Ordinal);
        foreach (var response in document.RootElement.GetProperty("responses").EnumerateArray())
        {
            var id = response.GetProperty("id").GetString() ?? "";
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (response.TryGetProperty("headers", out var given) && given.ValueKind == JsonValueKind.Object)
            {
                foreach (var header in given.EnumerateObject())
                {
                    headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() ?? "" : header.Value.GetRawText();
                }
            }

            var body = response.TryGetProperty("body", out var b) && b.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                ? (b.ValueKind == JsonValueKind.String ? b.GetString() : b.GetRawText())
                : null;
            parts[id] = new BatchPart(id, (HttpStatusCode)response.GetProperty("status").GetInt32(), headers, body);
        }

        return parts;
    }
}
