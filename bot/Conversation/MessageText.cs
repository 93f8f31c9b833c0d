using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CouplingBot.Bot.Conversation;

/// <summary>Cleans a Teams message down to the words a person typed.</summary>
public static partial class MessageText
{
    /// <summary>
    /// Removes @mentions (<c>&lt;at&gt;Bot&lt;/at&gt;</c>) with their text, other markup and HTML
    /// entities, lower-cases, and folds white space and trailing punctuation.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var withoutMentions = MentionPattern().Replace(text, " ");
        var withoutTags = TagPattern().Replace(withoutMentions, " ");
        var decoded = WebUtility.HtmlDecode(withoutTags).ToLower(CultureInfo.InvariantCulture);
        var words = WordSeparators().Split(decoded).Where(w => w.Length > 0);
        return string.Join(' ', words).Trim('.', '!', '?', ',', ';', ':', ' ');
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex WordSeparators();
}
