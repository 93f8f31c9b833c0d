using Azure.Core;

namespace CouplingBot.Bot.Tests.Protocol;

/// <summary>A credential that counts token requests and hands out numbered tokens valid for <paramref name="lifetime"/>.</summary>
internal sealed class CountingCredential(TimeProvider time, TimeSpan lifetime) : TokenCredential
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _calls);
        Scopes = requestContext.Scopes;
        await Task.Delay(20, cancellationToken);
        return new AccessToken($"token-{n}", time.GetUtcNow() + lifetime);
    }
}

/// <summary>A clock the test moves.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
