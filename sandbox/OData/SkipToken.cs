using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CouplingBot.Sandbox.OData;

/// <summary>
/// The opaque <c>$skiptoken</c> of a next link: the position in the ordered result (clients must follow the link verbatim).
/// </summary>
public static class SkipToken
{
    private const string Prefix = "sandbox-offset:";

    /// <summary>The token for a position.</summary>
    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position of a token; false when it is not one of ours.</summary>
    public static bool TryDecode(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
