namespace CouplingBot.Engine.Dataverse.Batch;

/// <summary>One request inside a Dataverse <c>$batch</c>: method, absolute URL, headers, JSON body.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The request's absolute URL (the Web API base plus the resource).</param>
/// <param name="Headers">Headers of the inner request, in order (<c>If-Match</c>, <c>Prefer</c>, ...).</param>
/// <param name="JsonBody">The JSON body, or null for none.</param>
internal sealed record BatchRequestPart(HttpMethod Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? JsonBody);
