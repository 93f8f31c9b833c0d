using CouplingBot.Bot.Conversation;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>
/// Recognises links to customers and contacts in the Business Central web client and in Dynamics 365
/// Sales. Pure: reads only the URL, never the services. Anything else is null (not unfurled).
/// </summary>
/// <remarks>
/// Business Central: <c>https://businesscentral.dynamics.com/...</c> (any tenant / environment path) with
/// <c>page=21</c> (Customer Card) or <c>22</c> (Customer List) for customers, <c>page=5050</c> (Contact Card)
/// or <c>5052</c> (Contact List) for contacts, and the record named either by a filter on its number
/// (<c>filter='No.' IS '10000'</c>, also <c>=</c> or <c>eq</c>) or by a bookmark whose key is the number
/// (<c>bookmark=18;EgAAAAJ7BTEAMAAwADAAMA==</c>: base64 of the table number, then the Code key in UTF-16).
/// A card or list page without either names no record and is not recognised.
/// Sales: <c>https://{org}.crm{n}.dynamics.com/main.aspx?...</c> with <c>etn=account|contact</c> (or the
/// legacy <c>etc=1|2</c>) and <c>id={GUID}</c>; a <c>pagetype</c> other than <c>entityrecord</c> is not a record.
/// </remarks>
public static partial class RecordLinkParser
{
    private const string BusinessCentralHost = "businesscentral.dynamics.com";
    private const int CustomerTable = 18;
    private const int ContactTable = 5050;
    private const int MaxNumberLength = 20;

    /// <summary>The record a link points at, or null when it is not a link CouplingBot unfurls.</summary>
    public static RecordLink? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var query = QueryHelpers.ParseQuery(uri.Query);
        var host = uri.IdnHost.ToUpperInvariant();
        if (host == BusinessCentralHost.ToUpperInvariant() || host.EndsWith("." + BusinessCentralHost.ToUpperInvariant(), StringComparison.Ordinal))
        {
            return BusinessCentral(query);
        }

        return SalesHost().IsMatch(uri.IdnHost) && uri.AbsolutePath.Equals("/main.aspx", StringComparison.OrdinalIgnoreCase)
            ? Sales(query)
            : null;
    }

    private static BusinessCentralLink? BusinessCentral(Dictionary<string, StringValues> query)
    {
        RecordKind? kind = First(query, "page") switch
        {
            "21" or "22" => RecordKind.Customer,
            "5050" or "5052" => RecordKind.Contact,
            _ => null,
        };
        if (kind is not { } k)
        {
            return null;
        }

        var number = NumberFromFilter(First(query, "filter")) ?? NumberFromBookmark(First(query, "bookmark"), k == RecordKind.Customer ? CustomerTable : ContactTable);
        return number is null ? null : new BusinessCentralLink(k, number);
    }

    private static string? NumberFromFilter(string? filter)
    {
        var match = filter is null ? Match.Empty : NumberFilter().Match(filter);
        return match.Success ? Checked(match.Groups["number"].Value) : null;
    }

    // The bookmark is "<table>;<base64>"; the base64 holds the table number (Int32, little-endian), then the
    // primary key: for a Code key a 0x7B type byte, the length in characters, and the characters in UTF-16LE.
    private static string? NumberFromBookmark(string? bookmark, int expectedTable)
    {
        if (string.IsNullOrWhiteSpace(bookmark))
        {
            return null;
        }

        var encoded = bookmark[(bookmark.IndexOf(';', StringComparison.Ordinal) + 1)..];
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length) || length < 7 || BitConverter.ToInt32(bytes, 0) != expectedTable)
        {
            return null;
        }

        var marker = Array.IndexOf(bytes, (byte)0x7B, 4, length - 4);
        if (marker < 0 || marker + 2 > length)
        {
            return null;
        }

        var chars = bytes[marker + 1];
        var start = marker + 2;
        return chars == 0 || start + (chars * 2) > length
            ? null
            : Checked(System.Text.Encoding.Unicode.GetString(bytes, start, chars * 2));
    }

    private static SalesLink? Sales(Dictionary<string, StringValues> query)
    {
        var pageType = First(query, "pagetype");
        if (pageType is not null && !pageType.Equals("entityrecord", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        RecordKind? kind = (First(query, "etn")?.ToUpperInvariant(), First(query, "etc")) switch
        {
            ("ACCOUNT", _) or (null, "1") => RecordKind.Customer,
            ("CONTACT", _) or (null, "2") => RecordKind.Contact,
            _ => null,
        };
        return kind is { } k && Guid.TryParse(First(query, "id")?.Trim(), out var id) && id != Guid.Empty
            ? new SalesLink(k, id)
            : null;
    }

    private static string? First(Dictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    // A number is what Business Central allows in a Code[20] key: visible characters, no quotes or spaces.
    private static string? Checked(string number) =>
        number.Length is > 0 and <= MaxNumberLength && number.All(c => c > ' ' && c < 0x7F && c != '\'') ? number : null;

    [GeneratedRegex(@"^\s*'?No\.'?\s*(?:IS|=|eq)\s*'(?<number>[^']*)'\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex NumberFilter();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*\.crm\d*\.dynamics\.com$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex SalesHost();
}
