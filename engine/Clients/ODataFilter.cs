using System.Globalization;

namespace CouplingBot.Engine.Clients;

/// <summary>Builds OData <c>$filter</c> expressions with correctly quoted literals.</summary>
public static class ODataFilter
{
    /// <summary><c>field eq 'value'</c>.</summary>
    public static string Equal(string field, string value) => $"{field} eq {Quote(value)}";

    /// <summary><c>field eq value</c> for a number or an unquoted literal such as a GUID.</summary>
    public static string Equal(string field, long value) =>
        $"{field} eq {value.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// <c>field gt 2026-01-02T03:04:05.678Z</c>: a date-time literal, unquoted, in UTC, with as many fraction
    /// digits as it has (none for whole seconds).
    /// </summary>
    public static string GreaterThan(string field, DateTimeOffset value) =>
        $"{field} gt {value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)}";

    /// <summary><c>field ge 'low' and field le 'high'</c>: the values from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public static string Between(string field, string low, string high) => $"{field} ge {Quote(low)} and {field} le {Quote(high)}";

    /// <summary><c>contains(field,'value')</c>.</summary>
    public static string Contains(string field, string value) => $"contains({field},{Quote(value)})";

    /// <summary>
    /// The spellings to try against a service that compares text case-sensitively (Business Central): as typed, lower,
    /// upper and Title Case, each once. Callers OR a condition over them and check matches again ignoring case.
    /// </summary>
    public static IReadOnlyList<string> Spellings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. new[] { text, text.ToLowerInvariant(), text.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant()) }
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The expressions joined with <c>or</c>, in parentheses.</summary>
    public static string AnyOf(IEnumerable<string> expressions) => Join(expressions, " or ");

    /// <summary>The expressions joined with <c>and</c>, in parentheses.</summary>
    public static string AllOf(IEnumerable<string> expressions) => Join(expressions, " and ");

    /// <summary>A string literal: single quotes, embedded quotes doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Join(IEnumerable<string> expressions, string separator)
    {
        var parts = expressions.ToList();
        return parts.Count == 1 ? parts[0] : "(" + string.Join(separator, parts) + ")";
    }
}
