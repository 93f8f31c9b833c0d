using Azure.Core;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// The Bot Connector token, asked for once and reused until five minutes before it expires (or from the
/// refresh time Entra suggests), so requests don't each go to Entra. One caller at a time refreshes;
/// the others wait for its token. Tokens are never logged.
/// </summary>
public sealed class ConnectorClientTokens : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly TokenCredential? _credential;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _current;

    /// <summary>Creates the cache on the credential <see cref="ConnectorClientOptions"/> describe.</summary>
    public ConnectorClientTokens(IOptions<ConnectorClientOptions> options, TimeProvider time)
        : this(ConnectorClientCredentials.Create((options ?? throw new ArgumentNullException(nameof(options))).Value), time)
    {
    }

    /// <summary>Creates the cache on <paramref name="credential"/>; null sends no token (local mode).</summary>
    public ConnectorClientTokens(TokenCredential? credential, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _credential = credential;
        _time = time;
    }

    /// <summary>True when requests carry a token.</summary>
    public bool SignsIn => _credential is not null;

    /// <summary>A current token, or null when the bot signs in to nothing (local mode).</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        if (Fresh(_current) is { } cached)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_current) is { } refreshed)
            {
                return refreshed;
            }

            var token = await _credential.GetTokenAsync(new TokenRequestContext([ConnectorClientOptions.Scope]), cancellationToken).ConfigureAwait(false);
            var renewAt = token.RefreshOn is { } refreshOn && refreshOn < token.ExpiresOn - RefreshMargin ? refreshOn : token.ExpiresOn - RefreshMargin;
            _current = new CachedToken(token.Token, renewAt);
            return token.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets the cached token, e.g. after the connector refused it.</summary>
    public void Invalidate() => _current = null;

    /// <inheritdoc />
    public void Dispose() => _refresh.Dispose();

    private string? Fresh(CachedToken? token) => token is not null && _time.GetUtcNow() < token.RenewAt ? token.Token : null;

    // A class, not a record: a record's ToString would print the token.
    private sealed class CachedToken(string token, DateTimeOffset renewAt)
    {
        public string Token { get; } = token;

        public DateTimeOffset RenewAt { get; } = renewAt;
    }
}
