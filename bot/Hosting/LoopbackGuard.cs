using System.Net;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// Local mode has no authentication, so it must never be reachable from another machine, and must
/// never be told to post to one: both the listening addresses and every caller are checked.
/// </summary>
public static class LoopbackGuard
{
    /// <summary>True when a URL's host is a loopback name or address.</summary>
    public static bool IsLoopback(string? url)
    {
        if (!Uri.TryCreate(url?.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>Throws when any configured listening URL is not loopback.</summary>
    public static void EnsureLoopbackUrls(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var exposed = urls.Where(u => !IsLoopback(u)).ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Local mode (no Bot:AppId) runs without authentication and only listens on loopback, but was asked to listen on {string.Join(", ", exposed)}. "
                + "Use http://127.0.0.1:<port>, or configure Bot:AppId for production.");
        }
    }
}
