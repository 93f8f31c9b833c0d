using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Matching;

/// <summary>Records and criteria for the match decision tests.</summary>
internal static class MatchRecords
{
    public static readonly MatchField Name = new("displayName", "name");
    public static readonly MatchField City = new("city", "address1_city");
    public static readonly MatchField Phone = new("phoneNumber", "telephone1");

    public static EntityRecord Customer(string? name, string? city = "Birmingham", string? phone = null) =>
        Records.Make("bc-1", null, ("number", "10000"), ("displayName", name), ("city", city), ("phoneNumber", phone));

    public static EntityRecord Account(string id, string? name, string? city = "Birmingham", string? phone = null) =>
        Records.Make(id, null, ("name", name), ("address1_city", city), ("telephone1", phone));

    public static MatchCriteria Criteria(bool createNew = false, params MatchGroup[] groups) => new(groups, createNew);
}
