using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>The record-client contract for Dataverse accounts in the sandbox.</summary>
public sealed class DataverseClientTests(SandboxClients sandbox) : RecordClientContract, IClassFixture<SandboxClients>
{
    protected override IRecordClient Client => sandbox.Dataverse;

    protected override EntitySet Set => CustomerMapping.Accounts;

    protected override string NameField => "name";

    protected override bool ClientAssignsKeys => true;

    [Fact]
    public async Task Create_SameKeyTwice_IsADuplicateRecord()
    {
        var first = await CreateOwnAsync("duplicate");

        var duplicate = await Assert.ThrowsAsync<DuplicateRecordException>(() =>
            Client.CreateAsync(Set, first.Id, new Dictionary<string, string?> { [NameField] = "second" }, [NameField], Ct));

        Assert.Equal("0x80040237", duplicate.ErrorCode);
    }
}
