using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.ChangeTracking;

public sealed class DvChangeTrackingTests
{
    private static readonly (string, string) Track = ("Prefer", "odata.track-changes");

    private static async Task<(SandboxHost Host, TestClock Clock)> StartAsync()
    {
        var clock = new TestClock();
        var host = await SandboxHost.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        return (host, clock);
    }

    [Fact]
    public async Task Get_TrackChanges_AllRowsDeltaLinkAndPreferenceApplied()
    {
        var (host, _) = await StartAsync();
        await using var _ = host;

        using var response = await host.SendAsync(HttpMethod.Get, $"{Dv}accounts?$select=name", null, Track);
        var body = await ReadAsync(response, 200);

        Assert.Equal("odata.track-changes", response.Headers.GetValues("Preference-Applied").Single());
        Assert.EndsWith("$metadata#accounts(name,accountid)", (string)body["@odata.context"]!, StringComparison.Ordinal);
        var all = await host.GetJsonAsync($"{Dv}accounts?$select=name");
        Assert.Equal(all["value"]!.AsArray().Count, body["value"]!.AsArray().Count);
        Assert.Contains("accounts?$select=name&$deltatoken=", (string)body["@odata.deltaLink"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDeltaLink_AfterChanges_WrittenRowsThenDeletionsAndNewLink()
    {
        var (host, _) = await StartAsync();
        await using var _ = host;
        var doomed = Guid.NewGuid();
        (await host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { accountid = doomed, name = "Delta Doomed" })).Dispose();
        var start = await host.GetJsonAsync($"{Dv}accounts?$select=name", 200, Track);
        var created = Guid.NewGuid();
        (await host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { accountid = created, name = "Delta New" })).Dispose();
        (await host.SendAsync(HttpMethod.Patch, $"{Dv}accounts({SandboxSeed.DeerfieldAccountId})", new { telephone1 = "555" })).Dispose();
        (await host.SendAsync(HttpMethod.Delete, $"{Dv}accounts({doomed})")).Dispose();

        var delta = await host.GetJsonAsync((string)start["@odata.deltaLink"]!);

        var values = delta["value"]!.AsArray();
        Assert.EndsWith("#accounts(name,accountid)/$delta", (string)delta["@odata.context"]!, StringComparison.Ordinal);
        Assert.Equal([created.ToString(), SandboxSeed.DeerfieldAccountId.ToString()], values.Take(2).Select(v => (string)v!["accountid"]!));
        var deleted = values[2]!.AsObject();
        Assert.EndsWith("$metadata#accounts/$deletedEntity", (string)deleted["@odata.context"]!, StringComparison.Ordinal);
        Assert.Equal(doomed.ToString(), (string)deleted["id"]!);
        Assert.Equal("deleted", (string)deleted["reason"]!);
        Assert.Equal(3, values.Count);
        var next = await host.GetJsonAsync((string)delta["@odata.deltaLink"]!);
        Assert.Empty(next["value"]!.AsArray());
    }

    [Fact]
    public async Task GetDeltaLink_Contacts_OnlyTheirChanges()
    {
        var (host, _) = await StartAsync();
        await using var _ = host;
        var start = await host.GetJsonAsync($"{Dv}contacts?$select=fullname", 200, Track);
        (await host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { name = "Not A Contact" })).Dispose();
        (await host.SendAsync(HttpMethod.Patch, $"{Dv}contacts({SandboxSeed.AndyTealContactId})", new { jobtitle = "Buyer" })).Dispose();

        var delta = await host.GetJsonAsync((string)start["@odata.deltaLink"]!);

        Assert.Equal(SandboxSeed.AndyTealContactId.ToString(), (string)delta["value"]!.AsArray().Single()!["contactid"]!);
    }

    [Theory]
    [InlineData("$filter=name eq 'x'", "$filter")]
    [InlineData("$orderby=name", "$orderby")]
    [InlineData("$top=1", "$top")]
    [InlineData("$expand=primarycontactid", "$expand")]
    public async Task Get_TrackChangesWithRefusedOption_400(string option, string name)
    {
        var (host, _) = await StartAsync();
        await using var _ = host;

        using var response = await host.SendAsync(HttpMethod.Get, $"{Dv}accounts?$select=name&{option}", null, Track);
        var (code, message) = await ErrorAsync(response, 400);

        Assert.StartsWith("0x", code, StringComparison.Ordinal);
        Assert.Equal($"The \"{name}\" query parameter isn't supported when Change Tracking is enabled.", message);
    }

    [Fact]
    public async Task GetDeltaLink_ExpiredOrUnknownToken_400()
    {
        var (host, clock) = await StartAsync();
        await using var _ = host;
        var start = await host.GetJsonAsync($"{Dv}accounts?$select=name", 200, Track);
        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        using var expired = await host.SendAsync(HttpMethod.Get, (string)start["@odata.deltaLink"]!);
        using var unknown = await host.SendAsync(HttpMethod.Get, $"{Dv}accounts?$select=name&$deltatoken=nonsense");

        var error = await ErrorAsync(expired, 400);
        Assert.Equal("0x80044352", error.Code);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid", (await ErrorAsync(unknown, 400)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeltaToken_RoundTrips()
    {
        var token = new Sandbox.ChangeTracking.DeltaToken(919042, new DateTimeOffset(2017, 8, 22, 8, 10, 44, TimeSpan.Zero));

        Assert.Equal("919042!08/22/2017 08:10:44", token.ToString());
        Assert.Equal(token, Sandbox.ChangeTracking.DeltaToken.TryParse(token.ToString()));
        Assert.Null(Sandbox.ChangeTracking.DeltaToken.TryParse("x!y"));
    }
}
