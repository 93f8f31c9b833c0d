using CouplingBot.Sandbox.Dataverse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// A parsed Dataverse <c>$batch</c> body (<c>multipart/mixed; boundary=batch_...</c>): items in order, each a single
/// request or an atomic change set (a nested <c>multipart/mixed</c>). Structural problems (no boundary, a GET or a
/// nested change set inside a change set, a part that is not <c>application/http</c>, more than
/// <see cref="MaxRequests"/> requests) are a 400 for the whole batch.
/// </summary>
public sealed record DvBatchRequest(IReadOnlyList<IReadOnlyList<BatchPart>> Items, IReadOnlyList<bool> IsChangeSet)
{
    /// <summary>Most requests in one batch, change set members included.</summary>
    public const int MaxRequests = 1000;

    /// <summary>Reads and checks the body of <paramref name="request"/>.</summary>
    public static async Task<DvBatchRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var boundary = Boundary(request.ContentType) ?? throw Bad("The batch request must have Content-Type 'multipart/mixed' with a boundary.");
        var items = new List<IReadOnlyList<BatchPart>>();
        var changeSets = new List<bool>();
        var reader = new MultipartReader(boundary, request.Body);
        var count = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (Boundary(section.ContentType) is { } inner)
            {
                var members = new List<BatchPart>();
                var setReader = new MultipartReader(inner, section.Body);
                while (await setReader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } member)
                {
                    var part = await ReadPartAsync(member, cancellationToken).ConfigureAwait(false);
                    members.Add(HttpMethods.IsGet(part.Method) ? throw Bad("A GET request is not allowed in a change set.") : part);
                }

                items.Add(members);
                changeSets.Add(true);
                count += members.Count;
            }
            else
            {
                items.Add([await ReadPartAsync(section, cancellationToken).ConfigureAwait(false)]);
                changeSets.Add(false);
                count++;
            }

            if (count > MaxRequests)
            {
                throw Bad($"The number of requests in the batch exceeds the limit of {MaxRequests}.");
            }
        }

        return new DvBatchRequest(items, changeSets);
    }

    private static async Task<BatchPart> ReadPartAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        if (!(section.ContentType ?? string.Empty).StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            throw Bad(Boundary(section.ContentType) is null
                ? "Each batch part must have Content-Type 'application/http'."
                : "A change set cannot contain another change set.");
        }

        using var buffer = new MemoryStream();
        await section.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var contentId = section.Headers?.TryGetValue("Content-ID", out var id) == true ? id.ToString() : null;
        return HttpRequestText.Parse(buffer.ToArray(), contentId) ?? throw Bad("A batch part does not hold a valid HTTP request line.");
    }

    private static string? Boundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(media.Boundary) is { Length: > 0 } boundary
                ? boundary.ToString()
                : null;

    private static ApiException Bad(string message) => new(400, DvErrors.QueryCode, message);
}
