using System.Text.RegularExpressions;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>What a Dataverse Web API path names: <c>accounts</c> or <c>accounts(guid)</c> (GUID unquoted).</summary>
public sealed partial record DvResource(string EntitySet, Guid? Id)
{
    /// <summary>Parses the path after <c>api/data/v9.2/</c>.</summary>
    public static DvResource Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var match = Pattern().Match(path.Trim('/'));
        if (!match.Success || match.Groups["set"].Value != "accounts")
        {
            var first = path.Trim('/').Split('/')[0];
            throw DvErrors.SegmentNotFound(match.Success ? match.Groups["set"].Value : first);
        }

        if (!match.Groups["key"].Success)
        {
            return new DvResource("accounts", null);
        }

        var key = match.Groups["key"].Value;
        return Guid.TryParseExact(key, "D", out var id)
            ? new DvResource("accounts", id)
            : throw new ApiException(400, DvErrors.QueryCode, $"Bad Request - Error in query syntax. '{key}' is not a valid key.");
    }

    [GeneratedRegex(@"^(?<set>[A-Za-z_]+)(\((?<key>[^)]*)\))?$")]
    private static partial Regex Pattern();
}
