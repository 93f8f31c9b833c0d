using System.Globalization;

namespace CouplingBot.Engine.Matching;

/// <summary>One field compared by match-based coupling: a Business Central field and its Sales column.</summary>
/// <param name="BusinessCentralField">The Business Central API field, e.g. <c>displayName</c>.</param>
/// <param name="SalesField">The Dataverse column, e.g. <c>name</c>.</param>
/// <param name="CaseSensitive">
/// True: values must be equal character for character. False (the default): upper and lower case are
/// the same (invariant culture), as Dataverse compares text.
/// </param>
public sealed record MatchField(string BusinessCentralField, string SalesField, bool CaseSensitive = false)
{
    /// <summary>
    /// The form a value is compared in: trimmed, in upper case unless <see cref="CaseSensitive"/>; null
    /// for a blank value. Blank values are ignored: a blank field never matches anything, not even
    /// another blank.
    /// </summary>
    public string? Normalize(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return CaseSensitive ? trimmed : trimmed.ToUpper(CultureInfo.InvariantCulture);
    }
}
