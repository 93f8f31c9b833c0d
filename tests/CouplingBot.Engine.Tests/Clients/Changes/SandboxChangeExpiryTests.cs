using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using static CouplingBot.Engine.Tests.Clients.Changes.DataverseChangesTests;

namespace CouplingBot.Engine.Tests.Clients.Changes;

/// <summary>A sandbox whose delta tokens live one second (<c>Sandbox:ChangeTracking:TokenLifetime</c>).</summary>
public sealed class ShortLivedDeltaTokens() : SandboxClients(["--Sandbox:ChangeTracking:TokenLifetime=00:00:01"]);

/// <summary>An expired delta link against the sandbox is a <see cref="ChangeTrackingExpiredException"/>, and a full read recovers.</summary>
public sealed class SandboxChangeExpiryTests(ShortLivedDeltaTokens sandbox) : IClassFixture<ShortLivedDeltaTokens>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExpiredDeltaLink_IsChangeTrackingExpired_AndAFullReadStartsOver()
    {
        var first = await ToListAsync(sandbox.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], null, Ct));
        var link = Assert.IsType<ChangesComplete>(first[^1]).DeltaLink;
        await Task.Delay(TimeSpan.FromMilliseconds(1500), Ct);

        await Assert.ThrowsAsync<ChangeTrackingExpiredException>(() => ToListAsync(sandbox.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], link, Ct)));

        var again = await ToListAsync(sandbox.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], null, Ct));
        Assert.IsType<ChangesComplete>(again[^1]);
    }
}
