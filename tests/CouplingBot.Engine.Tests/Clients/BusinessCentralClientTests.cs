using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>The record-client contract for Business Central customers (company looked up by name).</summary>
public sealed class BusinessCentralClientTests(SandboxClients sandbox) : RecordClientContract(sandbox), IClassFixture<SandboxClients>
{
    protected override IRecordClient Client => Sandbox.BusinessCentral;

    protected override EntitySet Set => CustomerMapping.Customers;

    protected override string KnownId => SandboxSeed.SelangorianCustomerId.ToString();

    protected override string NameField => "displayName";

    protected override int SeededCount => SandboxSeed.CronusUkCustomerCount;
}
