using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Tests.Service;

public sealed class CreateKeysTests
{
    [Fact]
    public void SalesKey_IsAVersion5Uuid_SameForTheSameRecord_DifferentPerMappingAndRecord()
    {
        var key = CreateKeys.SalesKey("CUSTOMER", "71411FC5-BFAD-5BAD-910F-0028E9D68D39");

        Assert.Equal(key, CreateKeys.SalesKey("CUSTOMER", "71411fc5-bfad-5bad-910f-0028e9d68d39"));
        Assert.Equal(5, Guid.Parse(key).Version);
        Assert.NotEqual(key, CreateKeys.SalesKey("CONTACT", "71411fc5-bfad-5bad-910f-0028e9d68d39"));
        Assert.NotEqual(key, CreateKeys.SalesKey("CUSTOMER", "ae93a843-57bc-5f01-a982-2574ea3fa9d2"));
    }

    [Fact]
    public void BusinessCentralNumber_IsCrmAndTheIdsFirst17HexDigits()
    {
        Assert.Equal("CRMD7BB941F45A65FE9A", CreateKeys.BusinessCentralNumber("d7bb941f-45a6-5fe9-ab72-04c6302cbf1c"));
        Assert.Equal(20, CreateKeys.BusinessCentralNumber("not-a-guid").Length);
    }
}
