using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

public class RecordBodyTests
{
    private static readonly EntitySet Accounts = new EntitySet("accounts", "accountid", "modifiedon")
        .WithKinds(("creditlimit", ColumnKind.Number), ("paymenttermscode", ColumnKind.Number), ("donotemail", ColumnKind.Boolean));

    private static readonly EntitySet Customers = new EntitySet("customers", "id", "lastModifiedDateTime")
        .WithKinds(("creditLimit", ColumnKind.Number), ("paymentTermsId", ColumnKind.Guid), ("taxLiable", ColumnKind.Boolean));

    [Fact]
    public void ForDataverse_WritesEachColumnAsItsType_AndEmptyAsNull()
    {
        var body = RecordBody.ForDataverse(Accounts, new Dictionary<string, string?>
        {
            ["name"] = "Cannon", ["creditlimit"] = "2500.5", ["paymenttermscode"] = "3", ["donotemail"] = "true", ["telephone1"] = null,
        });

        Assert.Equal("""{"name":"Cannon","creditlimit":2500.5,"paymenttermscode":3,"donotemail":true,"telephone1":null}""", body.ToJsonString());
    }

    [Fact]
    public void ForBusinessCentral_WritesEmptyAsTheTypesEmptyValue()
    {
        var body = RecordBody.ForBusinessCentral(Customers, new Dictionary<string, string?>
        {
            ["displayName"] = null, ["creditLimit"] = "", ["paymentTermsId"] = null, ["taxLiable"] = null,
        });

        Assert.Equal("""{"displayName":"","creditLimit":0,"paymentTermsId":"00000000-0000-0000-0000-000000000000","taxLiable":false}""", body.ToJsonString());
    }

    [Fact]
    public void ANumberThatDoesNotParse_IsSentAsText_SoTheServiceNamesTheColumn()
    {
        var body = RecordBody.ForDataverse(Accounts, new Dictionary<string, string?> { ["creditlimit"] = "lots" });

        Assert.Equal("""{"creditlimit":"lots"}""", body.ToJsonString());
    }
}
