using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>The record-client contract for Business Central customers in the sandbox (company looked up by name).</summary>
public sealed class BusinessCentralClientTests(SandboxClients sandbox) : RecordClientContract, IClassFixture<SandboxClients>
{
    protected override IRecordClient Client => sandbox.BusinessCentral;

    protected override EntitySet Set => CustomerMapping.Customers;

    protected override string NameField => "displayName";

    protected override bool ClientAssignsKeys => false;

    [Fact]
    public async Task Create_WithAKey_IsRefused_BecauseBusinessCentralAssignsKeys() =>
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Client.CreateAsync(Set, Guid.NewGuid().ToString(), new Dictionary<string, string?> { [NameField] = "x" }, [NameField], Ct));
}
