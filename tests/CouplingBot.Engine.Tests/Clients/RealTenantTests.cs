using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>
/// The record-client contract against a real Business Central environment, when
/// <c>COUPLINGBOT_TEST_BC_*</c> is set (see <see cref="RealTenantClients"/>); skipped otherwise.
/// </summary>
public sealed class RealBusinessCentralClientTests(RealTenantClients tenant) : RecordClientContract, IClassFixture<RealTenantClients>
{
    protected override IRecordClient Client => tenant.BusinessCentral!;

    protected override EntitySet Set => CustomerMapping.Customers;

    protected override string NameField => "displayName";

    protected override bool ClientAssignsKeys => false;

    protected override string? SkipReason => tenant.BusinessCentralSkipReason;
}

/// <summary>
/// The record-client contract against a real Dataverse environment, when
/// <c>COUPLINGBOT_TEST_DATAVERSE_*</c> is set (see <see cref="RealTenantClients"/>); skipped otherwise.
/// </summary>
public sealed class RealDataverseClientTests(RealTenantClients tenant) : RecordClientContract, IClassFixture<RealTenantClients>
{
    protected override IRecordClient Client => tenant.Dataverse!;

    protected override EntitySet Set => CustomerMapping.Accounts;

    protected override string NameField => "name";

    protected override bool ClientAssignsKeys => true;

    protected override string? SkipReason => tenant.DataverseSkipReason;
}
