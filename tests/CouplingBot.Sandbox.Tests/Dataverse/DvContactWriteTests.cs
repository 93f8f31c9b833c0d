using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Dataverse;

public sealed class DvContactWriteTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string AllAnnotations = "odata.include-annotations=\"*\"";

    private SandboxHost Host => fixture.Host;

    private static string Contact(Guid id) => $"{Dv}contacts({id})";

    private async Task<JsonObject> CreateAsync(Dictionary<string, object?> body)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}contacts", body, ("Prefer", "return=representation"));
        return await ReadAsync(response, 201);
    }

    [Fact]
    public async Task PostContact_BindParentAccountAndOwner_FullnameComposed()
    {
        var body = await CreateAsync(new()
        {
            ["firstname"] = "Grace", ["middlename"] = "B.", ["lastname"] = "Hopper",
            ["parentcustomerid_account@odata.bind"] = $"/accounts({SandboxSeed.JohnHaddockAccountId})",
            ["ownerid@odata.bind"] = $"/systemusers({SandboxSeed.EsterHendersonUserId})",
            ["transactioncurrencyid@odata.bind"] = $"transactioncurrencies({SandboxSeed.GbpCurrencyId})",
        });

        Assert.Equal("Grace B. Hopper", (string)body["fullname"]!);
        Assert.Equal(SandboxSeed.JohnHaddockAccountId.ToString(), (string)body["_parentcustomerid_value"]!);
        Assert.Equal(SandboxSeed.EsterHendersonUserId.ToString(), (string)body["_ownerid_value"]!);
        Assert.Equal(SandboxSeed.GbpCurrencyId.ToString(), (string)body["_transactioncurrencyid_value"]!);
    }

    [Fact]
    public async Task PostContact_ParentIsContact_LookupLogicalNameContact()
    {
        var created = await CreateAsync(new() { ["lastname"] = "Child", ["parentcustomerid_contact@odata.bind"] = $"/contacts({SandboxSeed.AndyTealContactId})" });

        var body = await Host.GetJsonAsync(Contact(Guid.Parse((string)created["contactid"]!)), 200, ("Prefer", AllAnnotations));

        Assert.Equal("contact", (string)body["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!);
        Assert.Equal("Andy Teal", (string)body["_parentcustomerid_value@OData.Community.Display.V1.FormattedValue"]!);
        Assert.Equal("Child", (string)body["fullname"]!);
    }

    [Theory]
    [InlineData("parentcustomerid_account@odata.bind", "/accounts(11111111-1111-4111-8111-111111111111)", 404, "0x80040217")]
    [InlineData("ownerid@odata.bind", "/systemusers(11111111-1111-4111-8111-111111111111)", 404, "0x80040217")]
    [InlineData("parentcustomerid_account@odata.bind", "/contacts(11111111-1111-4111-8111-111111111111)", 400, "0x80048d19")]
    [InlineData("parentcustomerid@odata.bind", "/accounts(11111111-1111-4111-8111-111111111111)", 400, "0x80048d19")]
    [InlineData("primarycontactid@odata.bind", "/contacts(11111111-1111-4111-8111-111111111111)", 400, "0x80048d19")]
    [InlineData("fullname", "Not Allowed", 400, "0x80048d19")]
    [InlineData("_parentcustomerid_value", "11111111-1111-4111-8111-111111111111", 400, "0x80048d19")]
    public async Task PostContact_BadLookupOrReadOnly_Error(string property, string value, int status, string code)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}contacts", new Dictionary<string, object> { ["lastname"] = "Bad", [property] = value });

        Assert.Equal(code, (await ErrorAsync(response, status)).Code);
    }

    [Fact]
    public async Task PatchContact_NamesAndNullBind_FullnameRecomposedParentCleared()
    {
        var created = await CreateAsync(new() { ["firstname"] = "Ada", ["lastname"] = "Lovelace", ["parentcustomerid_account@odata.bind"] = $"/accounts({SandboxSeed.FourthCoffeeAccountId})" });
        var id = Guid.Parse((string)created["contactid"]!);

        using var patch = await Host.SendAsync(HttpMethod.Patch, Contact(id), new Dictionary<string, object?> { ["lastname"] = "King", ["parentcustomerid_account@odata.bind"] = null }, ("If-Match", (string)created["@odata.etag"]!));
        var after = await Host.GetJsonAsync(Contact(id));

        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Equal("Ada King", (string)after["fullname"]!);
        Assert.Null(after["_parentcustomerid_value"]);
    }

    [Fact]
    public async Task PatchAccount_NavigationPropertyNull_ClearsPrimaryContact()
    {
        using var post = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts",
            new Dictionary<string, object> { ["name"] = "With Contact", ["primarycontactid@odata.bind"] = $"/contacts({SandboxSeed.SusannaStubberodContactId})" }, ("Prefer", "return=representation"));
        var account = await ReadAsync(post, 201);
        var url = $"{Dv}accounts({(string)account["accountid"]!})";

        using var patch = await Host.SendAsync(HttpMethod.Patch, url, new Dictionary<string, object?> { ["primarycontactid"] = null });
        var after = await Host.GetJsonAsync(url);

        Assert.Equal(SandboxSeed.SusannaStubberodContactId.ToString(), (string)account["_primarycontactid_value"]!);
        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Null(after["_primarycontactid_value"]);
    }

    [Fact]
    public async Task Ref_PutThenDelete_SetsAndClearsLookup()
    {
        var created = await CreateAsync(new() { ["lastname"] = "Ref Test" });
        var id = Guid.Parse((string)created["contactid"]!);

        using var put = await Host.SendAsync(HttpMethod.Put, $"{Contact(id)}/parentcustomerid_account/$ref",
            new Dictionary<string, string> { ["@odata.id"] = $"{Host.BaseAddress}{Dv}accounts({SandboxSeed.SelangorianAccountId})" });
        var linked = await Host.GetJsonAsync(Contact(id));
        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{Contact(id)}/parentcustomerid_account/$ref");
        var unlinked = await Host.GetJsonAsync(Contact(id));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(SandboxSeed.SelangorianAccountId.ToString(), (string)linked["_parentcustomerid_value"]!);
        Assert.NotEqual((string)created["@odata.etag"]!, (string)linked["@odata.etag"]!);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(unlinked["_parentcustomerid_value"]);
    }

    [Theory]
    [InlineData("PUT", "/nosuchnav/$ref", 404)]
    [InlineData("GET", "/parentcustomerid_account/$ref", 405)]
    [InlineData("PUT", "/parentcustomerid_account/$ref", 400)]
    [InlineData("PUT", "/parentcustomerid_account", 400)]
    public async Task Ref_Malformed_4xx(string method, string suffix, int status)
    {
        using var response = await Host.SendAsync(new HttpMethod(method), Contact(SandboxSeed.AndyTealContactId) + suffix, new { nothing = 1 });

        Assert.StartsWith("0x", (await ErrorAsync(response, status)).Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAccount_WithContact_ContactParentCleared()
    {
        using var post = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { name = "Doomed" }, ("Prefer", "return=representation"));
        var account = await ReadAsync(post, 201);
        var contact = await CreateAsync(new() { ["lastname"] = "Orphan", ["parentcustomerid_account@odata.bind"] = $"/accounts({(string)account["accountid"]!})" });

        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{Dv}accounts({(string)account["accountid"]!})");
        var after = await Host.GetJsonAsync(Contact(Guid.Parse((string)contact["contactid"]!)));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(after["_parentcustomerid_value"]);
    }
}
