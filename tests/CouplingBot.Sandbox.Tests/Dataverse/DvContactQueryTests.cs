using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Dataverse;

public sealed class DvContactQueryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string AllAnnotations = "odata.include-annotations=\"*\"";

    private SandboxHost Host => fixture.Host;

    private static string Contact(Guid id) => $"{Dv}contacts({id})";

    [Fact]
    public async Task GetContact_AndyTeal_ParentIsCannonGroupAccount()
    {
        var body = await Host.GetJsonAsync(Contact(SandboxSeed.AndyTealContactId));

        Assert.Equal("Andy Teal", (string)body["fullname"]!);
        Assert.Equal("andy.teal@cannongroup.example", (string)body["emailaddress1"]!);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), (string)body["_parentcustomerid_value"]!);
        Assert.False(body.ContainsKey("_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"));
        Assert.Matches("^W/\"[0-9]+\"$", (string)body["@odata.etag"]!);
    }

    [Fact]
    public async Task GetContact_IncludeAnnotations_LookupNameAndFormattedValue()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Contact(SandboxSeed.AndyTealContactId) + "?$select=fullname,_parentcustomerid_value,_ownerid_value,statecode",
            null, ("Prefer", AllAnnotations));
        var body = await ReadAsync(response, 200);

        Assert.Equal("account", (string)body["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!);
        Assert.Equal("Cannon Group", (string)body["_parentcustomerid_value@OData.Community.Display.V1.FormattedValue"]!);
        Assert.Equal("parentcustomerid_account", (string)body["_parentcustomerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty"]!);
        Assert.Equal("systemuser", (string)body["_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!);
        Assert.Equal("Jim Olive", (string)body["_ownerid_value@OData.Community.Display.V1.FormattedValue"]!);
        Assert.Equal("Active", (string)body["statecode@OData.Community.Display.V1.FormattedValue"]!);
        Assert.Contains(response.Headers.GetValues("Preference-Applied"), v => v.Contains("odata.include-annotations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAccounts_OnlyLookupLogicalName_OtherAnnotationsLeftOut()
    {
        var body = await Host.GetJsonAsync($"{Dv}accounts({SandboxSeed.FourthCoffeeAccountId})?$select=_primarycontactid_value", 200,
            ("Prefer", "odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\""));

        Assert.Equal("contact", (string)body["_primarycontactid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!);
        Assert.False(body.ContainsKey("_primarycontactid_value@OData.Community.Display.V1.FormattedValue"));
        Assert.Equal(SandboxSeed.YvonneMcKayContactId.ToString(), (string)body["_primarycontactid_value"]!);
    }

    [Fact]
    public async Task GetContacts_ExpandParentAccountWithSelect_NestedObject()
    {
        var body = await Host.GetJsonAsync($"{Dv}contacts?$select=fullname&$expand=parentcustomerid_account($select=name)&$filter=emailaddress1 eq 'ANDY.TEAL@cannongroup.example'");
        var contact = body["value"]!.AsArray().Single()!;

        Assert.Equal("Cannon Group", (string)contact["parentcustomerid_account"]!["name"]!);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), (string)contact["parentcustomerid_account"]!["accountid"]!);
        Assert.Null(contact["parentcustomerid_account"]!["telephone1"]);
        Assert.Contains("#contacts(fullname,contactid,parentcustomerid_account(name,accountid))", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccount_ExpandPrimaryContact_FullnameOrNull()
    {
        var fourth = await Host.GetJsonAsync($"{Dv}accounts({SandboxSeed.FourthCoffeeAccountId})?$select=name&$expand=primarycontactid($select=fullname)");
        var cannon = await Host.GetJsonAsync($"{Dv}accounts({SandboxSeed.CannonGroupAccountId})?$select=name&$expand=primarycontactid($select=fullname)");

        Assert.Equal("Yvonne McKay (sample)", (string)fourth["primarycontactid"]!["fullname"]!);
        Assert.True(cannon.ContainsKey("primarycontactid"));
        Assert.Null(cannon["primarycontactid"]);
    }

    [Fact]
    public async Task GetContacts_FilterByParentLookupValue_ContactsOfOneAccount()
    {
        var body = await Host.GetJsonAsync($"{Dv}contacts?$select=fullname&$filter=_parentcustomerid_value eq {SandboxSeed.CannonGroupAccountId}");

        Assert.Equal("Andy Teal", (string)body["value"]!.AsArray().Single()!["fullname"]!);
    }

    [Fact]
    public async Task GetContacts_OrderByCountAndPaging_CountIsTotal()
    {
        var body = await Host.GetJsonAsync($"{Dv}contacts?$select=lastname&$orderby=lastname desc&$count=true", 200, ("Prefer", "odata.maxpagesize=3"));
        var names = body["value"]!.AsArray().Select(c => (string)c!["lastname"]!).ToList();

        Assert.True((int)body["@odata.count"]! >= SandboxSeed.DvContactCount);
        Assert.Equal(3, names.Count);
        Assert.Equal(names.OrderDescending(StringComparer.OrdinalIgnoreCase), names);
        Assert.NotNull(body["@odata.nextLink"]);
    }
}
