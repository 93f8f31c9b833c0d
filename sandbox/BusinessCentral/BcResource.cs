using System.Text.RegularExpressions;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// What a Business Central API path names: <c>companies</c>, <c>companies(id)</c>, <c>companies(id)/{set}</c>,
/// <c>companies(id)/{set}(id)</c> for the sets of <see cref="BcEntitySets"/>. Ids are unquoted GUIDs.
/// </summary>
public sealed partial record BcResource(Guid? CompanyId, string? EntitySet, Guid? Id)
{
    /// <summary>Parses the path after <c>api/v2.0/</c>; unknown segments are a 404 and malformed keys a 400.</summary>
    public static BcResource Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length is 0 or > 2)
        {
            throw BcErrors.SegmentNotFound(segments.Length == 0 ? string.Empty : segments[^1]);
        }

        var (companySet, companyId) = Segment(segments[0]);
        if (companySet != "companies")
        {
            throw BcErrors.SegmentNotFound(segments[0]);
        }

        if (segments.Length == 1)
        {
            return new BcResource(companyId, null, null);
        }

        if (companyId is null)
        {
            throw BcErrors.Bad("The request URI is not valid. Since the segment 'companies' refers to a collection, this must be the last segment in the request URI or it must be followed by an function or action that can be bound to it otherwise all intermediate segments must refer to a single resource.");
        }

        var (set, id) = Segment(segments[1]);
        return set == BcEntitySets.ContactsInformation || BcEntitySets.Find(set) is not null
            ? new BcResource(companyId, set, id)
            : throw BcErrors.SegmentNotFound(segments[1]);
    }

    private static (string Set, Guid? Id) Segment(string segment)
    {
        var match = SegmentPattern().Match(segment);
        if (!match.Success)
        {
            throw BcErrors.SegmentNotFound(segment);
        }

        var set = match.Groups["set"].Value;
        if (!match.Groups["key"].Success)
        {
            return (set, null);
        }

        var key = match.Groups["key"].Value;
        return Guid.TryParseExact(key, "D", out var id)
            ? (set, id)
            : throw BcErrors.Bad($"Bad Request - Error in query syntax. The key '{key}' is not a valid GUID.");
    }

    [GeneratedRegex(@"^(?<set>[A-Za-z]+)(\((?<key>[^)]*)\))?$")]
    private static partial Regex SegmentPattern();
}
