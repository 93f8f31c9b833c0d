namespace CouplingBot.Engine.Clients;

/// <summary>Small helpers for configured base addresses.</summary>
internal static class UriExtensions
{
    /// <summary>The URI with a trailing slash, so relative paths append instead of replacing.</summary>
    public static Uri WithTrailingSlash(this Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
