using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>The record-client contract for Dataverse accounts.</summary>
public sealed class DataverseClientTests(SandboxClients sandbox) : RecordClientContract(sandbox), IClassFixture<SandboxClients>
{
    protected override IRecordClient Client => Sandbox.Dataverse;

    protected override EntitySet Set => CustomerMapping.Accounts;

    protected override string KnownId => SandboxSeed.FourthCoffeeAccountId.ToString();

    protected override string NameField => "name";

    protected override int SeededCount => SandboxSeed.AccountCount;
}
