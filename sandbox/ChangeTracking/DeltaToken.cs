using System.Globalization;

namespace CouplingBot.Sandbox.ChangeTracking;

/// <summary>
/// A Dataverse delta token in the service's own shape, <c>{version}!{MM/dd/yyyy HH:mm:ss}</c> (e.g.
/// <c>919042!08/22/2017 08:10:44</c>): the store version the client has seen and when the token was issued (UTC).
/// Stateless, so it survives a restart; tombstones do not (they live in memory).
/// </summary>
public sealed record DeltaToken(long Version, DateTimeOffset Issued)
{
    private const string TimeFormat = "MM/dd/yyyy HH:mm:ss";

    /// <summary>The token text (not URL-escaped).</summary>
    public override string ToString() =>
        Version.ToString(CultureInfo.InvariantCulture) + "!" + Issued.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a token; null when it is malformed.</summary>
    public static DeltaToken? TryParse(string? text)
    {
        var parts = (text ?? string.Empty).Split('!', 2);
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && DateTime.TryParseExact(parts[1], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var issued)
                ? new DeltaToken(version, new DateTimeOffset(issued, TimeSpan.Zero))
                : null;
    }
}
