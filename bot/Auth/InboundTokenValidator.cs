using CouplingBot.Bot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CouplingBot.Bot.Auth;

/// <summary>
/// Validates the bearer JWT of an inbound activity: an RS256 signature by a key from the issuer's
/// OpenID metadata (cached and refreshed by a <see cref="ConfigurationManager{T}"/>), the issuer
/// (Bot Framework, or Entra with a matching <c>tid</c>), the audience (<c>Bot:AppId</c>) and the
/// lifetime with 5 minutes of skew, and for Entra tokens the calling app (<c>Bot:AllowedCallerAppIds</c>);
/// then, once the body is read, the rules of the activity: the key's endorsement of the channel, the
/// <c>serviceurl</c> claim, and the tenant allow-list.
/// </summary>
public sealed partial class InboundTokenValidator : IInboundTokenValidator
{
    /// <summary>The issuer of tokens the Bot Framework channel signs.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private const string AuthorizedPartyClaim = "azp";
    private const string AppIdClaim = "appid";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly BotOptions _options;
    private readonly ILogger<InboundTokenValidator> _logger;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _botFramework;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _entra;

    /// <summary>Creates the validator; metadata is loaded on first use, not here.</summary>
    public InboundTokenValidator(IOptions<BotOptions> options, IHttpClientFactory httpClients, ILogger<InboundTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        var retriever = new MetadataDocumentRetriever(httpClients);
        _botFramework = new(_options.OpenIdMetadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        _entra = new(_options.EntraMetadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <inheritdoc />
    public async Task<InboundTokenResult> ValidateTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        var result = await CheckTokenAsync(authorization, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            AuthLog.TokenRefused(_logger, result.Reason);
        }

        return result;
    }

    private async Task<InboundTokenResult> CheckTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (BearerToken(authorization) is not { } raw)
        {
            return InboundTokenResult.Refused("no bearer token");
        }

        if (string.IsNullOrEmpty(_options.AppId))
        {
            return InboundTokenResult.Refused("Bot:AppId is not set");
        }

        if (ReadUnvalidated(raw) is not { } unvalidated)
        {
            return InboundTokenResult.Refused("the token is not a JWT");
        }

        var isBotFramework = unvalidated.Issuer == BotFrameworkIssuer;
        var tenantId = TenantOf(unvalidated);
        if (!isBotFramework && tenantId is null)
        {
            return InboundTokenResult.Refused("unknown issuer");
        }

        var manager = isBotFramework ? _botFramework : _entra;
        OpenIdConnectConfiguration configuration;
        TokenValidationResult validated;
        try
        {
            configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            validated = await _handler.ValidateTokenAsync(raw, Parameters(configuration, isBotFramework, tenantId)).ConfigureAwait(false);
            if (validated.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Keys roll over: look again once (the manager limits how often it really refetches).
                manager.RequestRefresh();
                configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
                validated = await _handler.ValidateTokenAsync(raw, Parameters(configuration, isBotFramework, tenantId)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException ex)
        {
            AuthLog.MetadataUnavailable(_logger, ex, isBotFramework ? _options.OpenIdMetadataUrl : _options.EntraMetadataUrl);
            return InboundTokenResult.Refused("the signing keys could not be loaded");
        }

        if (!validated.IsValid)
        {
            return InboundTokenResult.Refused(Describe(validated.Exception));
        }

        var token = (JsonWebToken)validated.SecurityToken;
        if (!isBotFramework && !IsAllowedCaller(token))
        {
            return InboundTokenResult.Refused("the token was issued to an app that may not call the bot");
        }

        return InboundTokenResult.Valid(new ValidatedToken(isBotFramework, tenantId, ServiceUrlOf(token), EndorsementsOf(token, configuration)));
    }

    // Entra issues tokens to any app that asks for one with the bot's app id as audience; the calling app is
    // azp (v2 tokens) or appid (v1). An empty allow-list leaves it unchecked (see BotOptions.AllowedCallerAppIds).
    private bool IsAllowedCaller(JsonWebToken token)
    {
        if (_options.AllowedCallerAppIds.Count == 0)
        {
            return true;
        }

        var caller = token.TryGetPayloadValue<string>(AuthorizedPartyClaim, out var azp) && !string.IsNullOrWhiteSpace(azp) ? azp
            : token.TryGetPayloadValue<string>(AppIdClaim, out var appId) && !string.IsNullOrWhiteSpace(appId) ? appId
            : null;
        return caller is not null && _options.AllowedCallerAppIds.Contains(caller, StringComparer.OrdinalIgnoreCase);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, bool isBotFramework, string? tenantId) => new()
    {
        ValidIssuers = isBotFramework
            ? [BotFrameworkIssuer]
            : [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"],
        ValidAudience = _options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        ValidateIssuerSigningKey = true,
    };

    private static string? BearerToken(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization[Scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private JsonWebToken? ReadUnvalidated(string raw)
    {
        if (!_handler.CanReadToken(raw))
        {
            return null;
        }

        try
        {
            return _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? TenantOf(JsonWebToken token) =>
        token.TryGetPayloadValue<string>("tid", out var tid) && !string.IsNullOrWhiteSpace(tid) ? tid : null;

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token has an unexpected issuer",
        SecurityTokenInvalidAlgorithmException => "the token's algorithm is not RS256",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed by an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is missing or invalid",
        _ => "the token is invalid",
    };
}
