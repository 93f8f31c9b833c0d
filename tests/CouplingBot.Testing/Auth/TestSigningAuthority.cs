using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CouplingBot.Testing.Auth;

/// <summary>
/// Stands in for login.botframework.com and Entra: RSA keys made in the test, their OpenID metadata
/// and key sets served by a fake <see cref="HttpMessageHandler"/>, and tokens signed with them.
/// Shared by the bot's auth tests and the reliability suite's forgery tests.
/// </summary>
public sealed class TestSigningAuthority : IDisposable
{
    /// <summary>The Bot Framework OpenID metadata address to configure as <c>Bot:OpenIdMetadataUrl</c>.</summary>
    public const string BotFrameworkMetadataUrl = "https://login.test/botframework/openidconfiguration";
    /// <summary>The Entra OpenID metadata address to configure as <c>Bot:EntraMetadataUrl</c>.</summary>
    public const string EntraMetadataUrl = "https://login.test/entra/openid-configuration";
    private const string BotFrameworkKeysUrl = "https://login.test/botframework/keys";
    private const string EntraKeysUrl = "https://login.test/entra/keys";

    private readonly RSA _teamsRsa = RSA.Create(2048);
    private readonly RSA _webChatRsa = RSA.Create(2048);
    private readonly RSA _entraRsa = RSA.Create(2048);
    private readonly RSA _unknownRsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, string> _documents = new();
    private int _fetches;

    /// <summary>Makes the keys and the documents publishing them.</summary>
    public TestSigningAuthority()
    {
        TeamsKey = new RsaSecurityKey(_teamsRsa) { KeyId = "teams-key" };
        WebChatKey = new RsaSecurityKey(_webChatRsa) { KeyId = "webchat-key" };
        EntraKey = new RsaSecurityKey(_entraRsa) { KeyId = "entra-key" };
        UnknownKey = new RsaSecurityKey(_unknownRsa) { KeyId = "teams-key" };
        _documents[BotFrameworkMetadataUrl] = Metadata("https://api.botframework.com", BotFrameworkKeysUrl);
        _documents[BotFrameworkKeysUrl] = KeySet((TeamsKey, ["msteams"]), (WebChatKey, ["webchat"]));
        _documents[EntraMetadataUrl] = Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysUrl);
        _documents[EntraKeysUrl] = KeySet((EntraKey, null));
    }

    /// <summary>A Bot Framework key endorsed for msteams.</summary>
    public RsaSecurityKey TeamsKey { get; }

    /// <summary>A Bot Framework key endorsed for webchat only.</summary>
    public RsaSecurityKey WebChatKey { get; }

    /// <summary>An Entra key (no endorsements).</summary>
    public RsaSecurityKey EntraKey { get; }

    /// <summary>A key no metadata publishes, with the same key id as <see cref="TeamsKey"/>.</summary>
    public RsaSecurityKey UnknownKey { get; }

    /// <summary>How many metadata and key documents were fetched.</summary>
    public int Fetches => Volatile.Read(ref _fetches);

    /// <summary>A handler answering the metadata and key set addresses; anything else is 404.</summary>
    public HttpMessageHandler CreateHandler() => new DocumentHandler(this);

    /// <summary>Signs a token with the given claims (or unsigned when <paramref name="key"/> is null).</summary>
    public static string Sign(SecurityKey? key, IDictionary<string, object> claims, DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = key is null ? null : new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _teamsRsa.Dispose();
        _webChatRsa.Dispose();
        _entraRsa.Dispose();
        _unknownRsa.Dispose();
    }

    private static string Metadata(string issuer, string keysUrl) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = keysUrl,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private static string KeySet(params (RsaSecurityKey Key, string[]? Endorsements)[] keys) => JsonSerializer.Serialize(new
    {
        keys = keys.Select(k =>
        {
            var parameters = k.Key.Rsa.ExportParameters(false);
            var key = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = k.Key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (k.Endorsements is not null)
            {
                key["endorsements"] = k.Endorsements;
            }

            return key;
        }),
    });

    private sealed class DocumentHandler(TestSigningAuthority authority) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref authority._fetches);
            var found = authority._documents.TryGetValue(request.RequestUri!.AbsoluteUri, out var document);
            return Task.FromResult(found
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(document!, Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }
}
