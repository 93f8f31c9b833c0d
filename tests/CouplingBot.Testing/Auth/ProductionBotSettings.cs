namespace CouplingBot.Testing.Auth;

/// <summary>
/// The command-line settings of a bot in production mode for tests: <c>Bot:AppId</c> set, its signing keys read from a
/// <see cref="TestSigningAuthority"/>'s metadata addresses, one allowed tenant, a free loopback port, no typing indicator
/// (tests count the posts into a conversation), and the background work off, since such tests send only turns that
/// need neither storage nor the services.
/// </summary>
public static class ProductionBotSettings
{
    /// <summary>The settings; <paramref name="extra"/> are appended (e.g. allowed caller apps, log levels).</summary>
    public static string[] For(string appId, string allowedTenant, string appPassword, params string[] extra) =>
    [
        "--urls", "http://127.0.0.1:0",
        $"--Bot:AppId={appId}",
        $"--Bot:OpenIdMetadataUrl={TestSigningAuthority.BotFrameworkMetadataUrl}",
        $"--Bot:EntraMetadataUrl={TestSigningAuthority.EntraMetadataUrl}",
        $"--Bot:AllowedTenants:0={allowedTenant}",
        $"--Bot:AppPassword={appPassword}",
        "--Bot:TypingDelay=-00:00:00.001",
        "--BusinessCentral:Tenant=sandbox",
        "--BusinessCentral:CompanyName=CRONUS UK Ltd.",
        "--Dataverse:Url=http://127.0.0.1:9/dataverse/",
        "--Storage:ConnectionString=UseDevelopmentStorage=true",
        "--Jobs:RunWorker=false",
        "--IncrementalSync:Enabled=false",
        .. extra,
    ];
}
