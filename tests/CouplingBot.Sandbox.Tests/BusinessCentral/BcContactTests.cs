using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.BusinessCentral;

public sealed class BcContactTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string Contacts = $"{Bc}companies({SandboxSeed.CronusUkCompanyId})/contacts";
    private static readonly string Information = $"{Bc}companies({SandboxSeed.CronusUkCompanyId})/contactsInformation";

    private SandboxHost Host => fixture.Host;

    private async Task<JsonObject> CreateAsync(object body)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Contacts, body);
        return await ReadAsync(response, 201);
    }

    private async Task<HttpResponseMessage> PatchAsync(JsonObject contact, object body) =>
        await Host.SendAsync(HttpMethod.Patch, $"{Contacts}({(string)contact["id"]!})", body, ("If-Match", (string)contact["@odata.etag"]!));

    [Fact]
    public async Task GetContact_AndyTeal_PersonOfCannonGroup()
    {
        var body = await Host.GetJsonAsync($"{Contacts}({SandboxSeed.AndyTealBcContactId})");

        Assert.Equal("CT000006", (string)body["number"]!);
        Assert.Equal("Person", (string)body["type"]!);
        Assert.Equal("Mr. Andy Teal", (string)body["displayName"]!);
        Assert.Equal("CT000001", (string)body["companyNumber"]!);
        Assert.Equal("The Cannon Group PLC", (string)body["companyName"]!);
        Assert.Equal("andy.teal@cannongroup.example", (string)body["email"]!);
        Assert.False((bool)body["privacyBlocked"]!);
        Assert.StartsWith("W/\"", (string)body["@odata.etag"]!, StringComparison.Ordinal);
        Assert.EndsWith($"#companies({SandboxSeed.CronusUkCompanyId})/contacts/$entity", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetContacts_FilterCompanyNumberCount_PersonsOfOneCompany()
    {
        var body = await Host.GetJsonAsync($"{Contacts}?$filter=companyNumber eq 'CT000001' and type eq 'Person'&$select=displayName&$count=true");

        Assert.Equal(2, (int)body["@odata.count"]!);
        Assert.Equal(["Mr. Andy Teal", "Mrs. Sue Jackson"], body["value"]!.AsArray().Select(c => (string)c!["displayName"]!).Order());
    }

    [Fact]
    public async Task GetContactsInformation_Seeded_CompanyContactsRelatedToCustomers()
    {
        var body = await Host.GetJsonAsync(Information);
        var rows = body["value"]!.AsArray();

        Assert.Equal(5, rows.Count);
        var cannon = rows.Single(r => (string)r!["contactNumber"]! == "CT000001")!;
        Assert.Equal(SandboxSeed.CannonGroupBcContactId.ToString(), (string)cannon["contactId"]!);
        Assert.Equal("The Cannon Group PLC", (string)cannon["contactName"]!);
        Assert.Equal("Company", (string)cannon["contactType"]!);
        Assert.Equal("Customer", (string)cannon["relatedType"]!);
        Assert.Equal(SandboxSeed.CannonGroupCustomerId.ToString(), (string)cannon["relatedId"]!);
        var one = await Host.GetJsonAsync($"{Information}({SandboxSeed.SelangorianBcContactId})");
        Assert.Equal(SandboxSeed.SelangorianCustomerId.ToString(), (string)one["relatedId"]!);
    }

    [Fact]
    public async Task GetContactsInformation_FilterByRelatedId_FindsTheCustomersContact()
    {
        var body = await Host.GetJsonAsync($"{Information}?$filter=relatedId eq {SandboxSeed.CannonGroupCustomerId}");

        Assert.Equal("CT000001", (string)body["value"]!.AsArray().Single()!["contactNumber"]!);
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("PATCH", "(CONTACT)")]
    [InlineData("DELETE", "(CONTACT)")]
    public async Task WriteContactsInformation_ReadOnly_405(string method, string key)
    {
        var url = Information + key.Replace("CONTACT", SandboxSeed.CannonGroupBcContactId.ToString(), StringComparison.Ordinal);
        using var response = await Host.SendAsync(new HttpMethod(method), url, new { contactName = "x" }, ("If-Match", "*"));

        Assert.Equal("BadRequest_MethodNotAllowed", (await ErrorAsync(response, 405)).Code);
    }

    [Fact]
    public async Task PostPerson_WithCompanyNumber_NumberFromSeriesAndCompanyName()
    {
        var body = await CreateAsync(new { type = "Person", displayName = "Ms. New Person", companyNumber = "CT000002" });

        Assert.Matches("^CT0000[1-9][0-9]$", (string)body["number"]!);
        Assert.Equal("Selangorian Ltd.", (string)body["companyName"]!);
        Assert.Equal(" ", (string)body["contactBusinessRelation"]!);
    }

    [Fact]
    public async Task PostPerson_UnknownCompany_FieldValidation400()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Contacts, new { type = "Person", displayName = "Lost", companyNumber = "CT999999" });

        Assert.Equal("Application_FieldValidationException", (await ErrorAsync(response, 400)).Code);
    }

    [Theory]
    [InlineData("{\"type\":\"Company\"}", "BadRequest_RequiredParamNotProvided")]
    [InlineData("{\"displayName\":\"x\",\"type\":\"Robot\"}", "Application_FieldValidationException")]
    [InlineData("{\"displayName\":\"x\",\"companyName\":\"y\"}", "BadRequest")]
    [InlineData("{\"displayName\":\"x\",\"contactBusinessRelation\":\"Customer\"}", "BadRequest")]
    [InlineData("{\"displayName\":\"x\",\"privacyBlocked\":\"yes\"}", "BadRequest")]
    [InlineData("{\"displayName\":\"x\",\"number\":\"CT000001\"}", "Internal_EntityWithSameKeyExists")]
    public async Task PostContact_BadBody_400(string body, string expectedCode)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Contacts, body);

        Assert.Equal(expectedCode, (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task PatchCompany_Rename_PersonsGetNewCompanyName()
    {
        var company = await CreateAsync(new { displayName = "Rename Me Ltd" });
        var person = await CreateAsync(new { type = "Person", displayName = "Staff", companyNumber = (string)company["number"]! });

        using var response = await PatchAsync(company, new { displayName = "Renamed Ltd" });
        var renamed = await ReadAsync(response, 200);
        var after = await Host.GetJsonAsync($"{Contacts}({(string)person["id"]!})");

        Assert.Equal("Renamed Ltd", (string)renamed["companyName"]!);
        Assert.Equal((string)company["number"]!, (string)renamed["companyNumber"]!);
        Assert.Equal("Renamed Ltd", (string)after["companyName"]!);
    }

    [Fact]
    public async Task PatchContact_NoIfMatchThenStale_400Then409()
    {
        var contact = await CreateAsync(new { displayName = "Etag Test" });
        using var missing = await Host.SendAsync(HttpMethod.Patch, $"{Contacts}({(string)contact["id"]!})", new { jobTitle = "x" });
        using var first = await PatchAsync(contact, new { jobTitle = "First" });
        using var stale = await PatchAsync(contact, new { jobTitle = "Second" });

        Assert.Equal("BadRequest_InvalidToken", (await ErrorAsync(missing, 400)).Code);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Request_EntityChanged", (await ErrorAsync(stale, 409)).Code);
    }

    [Fact]
    public async Task DeleteCompany_WithPerson_204AndPersonGone()
    {
        var company = await CreateAsync(new { displayName = "Short Lived Ltd" });
        var person = await CreateAsync(new { type = "Person", displayName = "Short Lived Person", companyNumber = (string)company["number"]! });

        using var response = await Host.SendAsync(HttpMethod.Delete, $"{Contacts}({(string)company["id"]!})", null, ("If-Match", (string)company["@odata.etag"]!));
        using var gone = await Host.SendAsync(HttpMethod.Get, $"{Contacts}({(string)person["id"]!})");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Internal_RecordNotFound", (await ErrorAsync(gone, 404)).Code);
    }

    [Fact]
    public async Task DeleteCustomer_Related_RelationGoneContactStays()
    {
        var guildford = await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.GuildfordWaterCustomerId})");

        using var deleted = await Host.SendAsync(HttpMethod.Delete, $"{UkCustomers}({SandboxSeed.GuildfordWaterCustomerId})", null, ("If-Match", (string)guildford["@odata.etag"]!));
        var information = await Host.GetJsonAsync($"{Information}?$filter=relatedId eq {SandboxSeed.GuildfordWaterCustomerId}");
        var companyContact = await Host.GetJsonAsync($"{Contacts}?$filter=number eq 'CT000005'");
        await Host.ResetAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(information["value"]!.AsArray());
        Assert.Equal(" ", (string)companyContact["value"]!.AsArray().Single()!["contactBusinessRelation"]!);
    }

    [Fact]
    public async Task GetContacts_OtherCompany_HasItsOwnSeries()
    {
        var body = await Host.GetJsonAsync($"{Bc}companies({SandboxSeed.CronusUsaCompanyId})/contacts?$filter=number eq 'CT000001'");

        Assert.Equal("Adatum Corporation", (string)body["value"]!.AsArray().Single()!["displayName"]!);
    }
}
