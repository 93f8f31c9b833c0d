using System.Text;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// Parses the body of an <c>application/http</c> part: a request line (<c>METHOD URL HTTP/1.1</c>), header lines, an
/// empty line and the body. Lines may end with CRLF or LF.
/// </summary>
public static class HttpRequestText
{
    /// <summary>The request in <paramref name="bytes"/>, or null when the request line is malformed.</summary>
    public static BatchPart? Parse(byte[] bytes, string? contentId)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\r', '\n');
        var position = 0;
        var requestLine = NextLine(text, ref position);
        var words = requestLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3)
        {
            return null;
        }

        var headers = new List<KeyValuePair<string, string>>();
        for (var line = NextLine(text, ref position); line.Length > 0; line = NextLine(text, ref position))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(KeyValuePair.Create(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        var body = position < text.Length ? text[position..].TrimEnd('\r', '\n', ' ', '\t') : string.Empty;
        return new BatchPart(words[0], words[1], headers, Encoding.UTF8.GetBytes(body), contentId);
    }

    private static string NextLine(string text, ref int position)
    {
        if (position >= text.Length)
        {
            return string.Empty;
        }

        var end = text.IndexOf('\n', position);
        var line = end < 0 ? text[position..] : text[position..end];
        position = end < 0 ? text.Length : end + 1;
        return line.TrimEnd('\r');
    }
}
