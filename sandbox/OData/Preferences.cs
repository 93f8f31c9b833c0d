using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.OData;

/// <summary>The <c>Prefer</c> header of a request (comma-joined, possibly repeated), as far as the sandbox honours it.</summary>
public sealed record Preferences(int? MaxPageSize, bool ReturnRepresentation)
{
    /// <summary>
    /// The value of <c>odata.include-annotations</c> without quotes (e.g. <c>*</c> or
    /// <c>OData.Community.Display.V1.FormattedValue,Microsoft.Dynamics.CRM.lookuplogicalname</c>), or null.
    /// </summary>
    public string? IncludeAnnotations { get; init; }

    /// <summary>True for <c>odata.track-changes</c> (Dataverse change tracking).</summary>
    public bool TrackChanges { get; init; }

    /// <summary>True for <c>odata.continue-on-error</c> (a <c>$batch</c> goes on after a failed request).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Reads the header; unknown or malformed preferences are ignored, as RFC 7240 asks.</summary>
    public static Preferences From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int? maxPageSize = null;
        var representation = false;
        string? annotations = null;
        var trackChanges = false;
        var continueOnError = false;
        foreach (var header in request.Headers["Prefer"])
        {
            foreach (var part in SplitOutsideQuotes(header ?? string.Empty))
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
                else if (name == "odata.include-annotations" && value.Length > 0)
                {
                    annotations = value;
                }
                else
                {
                    trackChanges |= name == "odata.track-changes";
                    continueOnError |= name == "odata.continue-on-error" && value is "" or "true";
                }
            }
        }

        return new Preferences(maxPageSize, representation)
        {
            IncludeAnnotations = annotations,
            TrackChanges = trackChanges,
            ContinueOnError = continueOnError,
        };
    }

    /// <summary>
    /// True when <see cref="IncludeAnnotations"/> asks for the annotation <paramref name="term"/>: <c>*</c>, the exact
    /// name, or a <c>Namespace.*</c> pattern; <c>-term</c> excludes.
    /// </summary>
    public bool Includes(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var included = false;
        foreach (var pattern in (IncludeAnnotations ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var exclude = pattern.StartsWith('-');
            var name = exclude ? pattern[1..] : pattern;
            var matches = name == "*" || string.Equals(name, term, StringComparison.Ordinal)
                || (name.EndsWith(".*", StringComparison.Ordinal) && term.StartsWith(name[..^1], StringComparison.Ordinal));
            if (matches && exclude)
            {
                return false;
            }

            included |= matches;
        }

        return included;
    }

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (i == header.Length || (header[i] == ',' && !inQuotes))
            {
                var part = header[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }
}
