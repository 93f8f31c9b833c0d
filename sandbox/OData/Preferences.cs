using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.OData;

/// <summary>The <c>Prefer</c> header of a request (comma-joined, possibly repeated), as far as the sandbox honours it.</summary>
public sealed record Preferences(int? MaxPageSize, bool ReturnRepresentation)
{
    /// <summary>Reads the header; unknown or malformed preferences are ignored, as RFC 7240 asks.</summary>
    public static Preferences From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int? maxPageSize = null;
        var representation = false;
        foreach (var header in request.Headers["Prefer"])
        {
            foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
                var name = pair[0].ToLowerInvariant();
                var value = pair.Length > 1 ? pair[1].Trim('"') : string.Empty;
                if (name == "odata.maxpagesize" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
                {
                    maxPageSize = size;
                }
                else if (name == "return" && value == "representation")
                {
                    representation = true;
                }
            }
        }

        return new Preferences(maxPageSize, representation);
    }
}
