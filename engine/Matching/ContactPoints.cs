using System.Globalization;

namespace CouplingBot.Engine.Matching;

/// <summary>Normal forms of phone numbers, e-mail and web domains, post codes and cities.</summary>
public static class ContactPoints
{
    /// <summary>
    /// The last nine digits of a phone number, or null when it has fewer than seven: enough to
    /// compare "+44 121 555 0100" with "+44 (121) 555-0100" or "0121 555 0100".
    /// </summary>
    public static string? Phone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 7 ? null : digits[^Math.Min(9, digits.Length)..];
    }

    /// <summary>The domain of an e-mail address or web address, lower case, without "www.".</summary>
    public static string? Domain(string? emailOrUrl)
    {
        if (string.IsNullOrWhiteSpace(emailOrUrl))
        {
            return null;
        }

        var text = emailOrUrl.Trim().ToLower(CultureInfo.InvariantCulture);
        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }
        else
        {
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            text = scheme >= 0 ? text[(scheme + 3)..] : text;
            var end = text.IndexOfAny(['/', '?', '#', ':']);
            text = end >= 0 ? text[..end] : text;
        }

        text = text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
        return text.Contains('.', StringComparison.Ordinal) ? text : null;
    }

    /// <summary>Text compared without case, spaces at the ends, or inner spaces (post codes).</summary>
    public static string? Compact(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
