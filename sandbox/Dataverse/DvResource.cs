using System.Text.RegularExpressions;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// What a Dataverse Web API path names: <c>contacts</c>, <c>contacts(guid)</c> (GUID unquoted), or the reference of a
/// single-valued navigation property <c>contacts(guid)/parentcustomerid_account/$ref</c>.
/// </summary>
public sealed partial record DvResource(string EntitySet, Guid? Id, string? RefNavigation = null)
{
    /// <summary>Parses the path after <c>api/data/v9.2/</c>.</summary>
    public static DvResource Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Trim('/').Split('/');
        var match = Pattern().Match(segments[0]);
        if (!match.Success || DvEntitySets.Find(match.Groups["set"].Value) is not { } set)
        {
            throw DvErrors.SegmentNotFound(match.Success ? match.Groups["set"].Value : segments[0]);
        }

        Guid? id = null;
        if (match.Groups["key"].Success)
        {
            var key = match.Groups["key"].Value;
            id = Guid.TryParseExact(key, "D", out var parsed)
                ? parsed
                : throw new ApiException(400, DvErrors.QueryCode, $"Bad Request - Error in query syntax. '{key}' is not a valid key.");
        }

        if (segments.Length == 1)
        {
            return new DvResource(set.Name, id);
        }

        if (id is null || set.Lookups.All(l => l.Navigation != segments[1]))
        {
            throw DvErrors.SegmentNotFound(segments[1]);
        }

        return segments is [_, _, "$ref"]
            ? new DvResource(set.Name, id, segments[1])
            : throw new ApiException(400, DvErrors.QueryCode, $"Only '{segments[0]}/{segments[1]}/$ref' is supported on a navigation property by this sandbox.");
    }

    [GeneratedRegex(@"^(?<set>[A-Za-z_]+)(\((?<key>[^)]*)\))?$")]
    private static partial Regex Pattern();
}
