using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Tests.Mappings;

public class RecordFilterTests
{
    [Theory]
    [InlineData(" ", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("All", false)]
    [InlineData("Ship", false)]
    public void Allows_NotBlockedCustomers(string? blocked, bool allowed) =>
        Assert.Equal(allowed, CustomerMapping.Default.BusinessCentralFilter.Allows(Records.Make("c", null, ("blocked", blocked))));

    [Fact]
    public void ToNumericODataFilter_ActiveAccounts() =>
        Assert.Equal("statecode eq 0", CustomerMapping.Default.SalesFilter.ToNumericODataFilter());

    [Fact]
    public void CustomerMapping_ReadsEveryMappedFieldAndTheFilterFields()
    {
        Assert.Contains("blocked", CustomerMapping.Default.BusinessCentralFields);
        Assert.Contains("statecode", CustomerMapping.Default.SalesFields);
        Assert.All(CustomerMapping.Default.EnabledFields, f => Assert.Contains(f.SalesReadField, CustomerMapping.Default.SalesFields));
    }
}
