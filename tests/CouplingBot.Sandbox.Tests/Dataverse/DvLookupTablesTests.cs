using System.Net;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Dataverse;

public sealed class DvLookupTablesTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    [Fact]
    public async Task GetSystemUsers_FilterByEmail_MatchesBcSalesperson()
    {
        var body = await Host.GetJsonAsync($"{Dv}systemusers?$select=fullname,internalemailaddress&$filter=internalemailaddress eq 'JIM.OLIVE@cronus.example'");
        var user = body["value"]!.AsArray().Single()!;

        Assert.Equal(SandboxSeed.JimOliveUserId.ToString(), (string)user["systemuserid"]!);
        Assert.Equal("Jim Olive", (string)user["fullname"]!);
    }

    [Fact]
    public async Task GetSystemUser_SandboxOwner_Exists()
    {
        var body = await Host.GetJsonAsync($"{Dv}systemusers({SandboxSeed.SandboxOwnerId})");

        Assert.Equal("Sandbox Admin", (string)body["fullname"]!);
    }

    [Fact]
    public async Task GetTransactionCurrencies_OrderedCounted_KeepsExistingIds()
    {
        var body = await Host.GetJsonAsync($"{Dv}transactioncurrencies?$select=isocurrencycode&$orderby=isocurrencycode&$count=true");
        var codes = body["value"]!.AsArray().Select(c => (string)c!["isocurrencycode"]!).ToList();
        var gbp = await Host.GetJsonAsync($"{Dv}transactioncurrencies({SandboxSeed.GbpCurrencyId})");
        var usd = await Host.GetJsonAsync($"{Dv}transactioncurrencies({SandboxSeed.UsdCurrencyId})");
        var eur = await Host.GetJsonAsync($"{Dv}transactioncurrencies({SandboxSeed.EurCurrencyId})");

        Assert.Equal(["EUR", "GBP", "USD"], codes);
        Assert.Equal(3, (int)body["@odata.count"]!);
        Assert.Equal("GBP", (string)gbp["isocurrencycode"]!);
        Assert.Equal("USD", (string)usd["isocurrencycode"]!);
        Assert.Equal("€", (string)eur["currencysymbol"]!);
    }

    [Fact]
    public async Task GetAccount_CurrencyLookup_FormattedValueIsCurrencyName()
    {
        var body = await Host.GetJsonAsync($"{Dv}accounts({SandboxSeed.CannonGroupAccountId})?$select=_transactioncurrencyid_value,_ownerid_value", 200,
            ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));

        Assert.Equal("Pound Sterling", (string)body["_transactioncurrencyid_value@OData.Community.Display.V1.FormattedValue"]!);
        Assert.Equal("Sandbox Admin", (string)body["_ownerid_value@OData.Community.Display.V1.FormattedValue"]!);
    }

    [Fact]
    public async Task DeleteSystemUser_Refused_400()
    {
        using var response = await Host.SendAsync(HttpMethod.Delete, $"{Dv}systemusers({SandboxSeed.EsterHendersonUserId})");

        Assert.Equal("0x80040800", (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task TransactionCurrency_PostPatchDelete_204s()
    {
        var id = Guid.NewGuid();
        using var post = await Host.SendAsync(HttpMethod.Post, $"{Dv}transactioncurrencies", new { transactioncurrencyid = id, isocurrencycode = "CHF", currencyname = "Swiss Franc", currencysymbol = "CHF" });
        using var patch = await Host.SendAsync(HttpMethod.Patch, $"{Dv}transactioncurrencies({id})", new { exchangerate = 1.12m }, ("If-Match", "*"));
        using var tooLong = await Host.SendAsync(HttpMethod.Patch, $"{Dv}transactioncurrencies({id})", new { isocurrencycode = "TOOLONG" });
        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{Dv}transactioncurrencies({id})");

        Assert.Equal(HttpStatusCode.NoContent, post.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Equal("0x80044331", (await ErrorAsync(tooLong, 400)).Code);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }
}
