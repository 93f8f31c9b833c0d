using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using static CouplingBot.Engine.Tests.Clients.Changes.DataverseChangesTests;

namespace CouplingBot.Engine.Tests.Clients.Changes;

/// <summary>The change feeds and webhook subscriptions against the sandbox, over HTTP (page size 2).</summary>
public sealed class SandboxChangeFeedTests(SandboxClients sandbox, NotificationReceiver receiver)
    : IClassFixture<SandboxClients>, IClassFixture<NotificationReceiver>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataverseChanges_FullReadThenDelta_ReportsTheCreatedChangedAndDeletedRecords()
    {
        var accounts = CustomerMapping.Accounts;
        var gone = await sandbox.Dataverse.CreateAsync(accounts, null, Name("to delete"), ["name"], Ct);
        var first = await ToListAsync(sandbox.Dataverse.ChangesAsync(accounts, ["name"], null, Ct));
        var link = Assert.IsType<ChangesComplete>(first[^1]).DeltaLink;
        Assert.Contains(first.OfType<RecordUpserted>(), c => c.Record.Id == gone.Id);

        var created = await sandbox.Dataverse.CreateAsync(accounts, null, Name("created"), ["name"], Ct);
        await sandbox.Dataverse.DeleteAsync(accounts, gone.Id, gone.ETag, Ct);
        var delta = await ToListAsync(sandbox.Dataverse.ChangesAsync(accounts, ["name"], link, Ct));

        Assert.Equal(created["name"], Assert.Single(delta.OfType<RecordUpserted>(), c => c.Record.Id == created.Id).Record["name"]);
        Assert.Contains(delta.OfType<RecordDeleted>(), d => string.Equals(d.Id, gone.Id, StringComparison.OrdinalIgnoreCase));
        Assert.IsType<ChangesComplete>(delta[^1]);
        Assert.Single(delta.OfType<ChangesComplete>());
        await sandbox.Dataverse.DeleteAsync(accounts, created.Id, "*", Ct);
    }

    [Fact]
    public async Task BusinessCentralModifiedSince_ReturnsOnlyRecordsChangedAfterTheWatermark()
    {
        var before = await sandbox.BusinessCentral.CreateAsync(CustomerMapping.Customers, null, BcName("before"), ["displayName"], Ct);
        var watermark = before.ModifiedOn;
        await Task.Delay(20, Ct);
        var after = await sandbox.BusinessCentral.CreateAsync(CustomerMapping.Customers, null, BcName("after"), ["displayName"], Ct);

        var changed = await ToListAsync(sandbox.BusinessCentral.ModifiedSinceAsync(CustomerMapping.Customers, watermark, ["displayName"], Ct));

        Assert.Contains(changed, r => r.Id == after.Id);
        Assert.DoesNotContain(changed, r => r.Id == before.Id);
        Assert.All(changed, r => Assert.True(r.ModifiedOn > watermark));
        await sandbox.BusinessCentral.DeleteAsync(CustomerMapping.Customers, before.Id, "*", Ct);
        await sandbox.BusinessCentral.DeleteAsync(CustomerMapping.Customers, after.Id, "*", Ct);
    }

    [Fact]
    public async Task BusinessCentralSubscriptions_CreateListRenewDelete()
    {
        var subscriptions = sandbox.Subscriptions;
        var created = await SandboxFeature.RequireAsync("subscriptions", () =>
            subscriptions.CreateAsync(receiver.NotificationUrl, CustomerMapping.Customers, "contract-secret", Ct));

        Assert.EndsWith("/customers", created.Resource, StringComparison.Ordinal);
        Assert.Equal("contract-secret", created.ClientState);
        Assert.True(created.ExpiresOn > DateTimeOffset.UtcNow.AddDays(2));
        Assert.Contains(await subscriptions.ListAsync(Ct), s => s.Id == created.Id);

        var renewed = await subscriptions.RenewAsync(created, Ct);
        Assert.Equal(created.Id, renewed.Id);
        Assert.True(renewed.ExpiresOn >= created.ExpiresOn);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => subscriptions.RenewAsync(created with { ETag = "W/\"JzE7Jw==\"" }, Ct));

        await subscriptions.DeleteAsync(renewed.Id, renewed.ETag, Ct);
        Assert.DoesNotContain(await subscriptions.ListAsync(Ct), s => s.Id == created.Id);
    }

    private static Dictionary<string, string?> Name(string purpose) => new() { ["name"] = $"CouplingBot change feed {purpose} {Guid.NewGuid():N}" };

    private static Dictionary<string, string?> BcName(string purpose) => new() { ["displayName"] = $"CouplingBot modified since {purpose} {Guid.NewGuid():N}" };
}
