using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;
using CsCheck;

namespace CouplingBot.Engine.Tests.Matching;

public sealed class MatchIndexTests
{
    private static readonly MatchCriteria Criteria = new(
    [
        new MatchGroup(1, [new MatchField("displayName", "name")]),
        new MatchGroup(2, [new MatchField("city", "address1_city", CaseSensitive: true), new MatchField("phoneNumber", "telephone1")]),
    ]);

    private static readonly Gen<string?> Value = Gen.OneOf(new string?[] { null, "", " ", "a", "A", "b", "a " });

    private static readonly Gen<EntityRecord> Account = Gen.Select(Gen.Int[0, 1_000_000], Value, Value, Value, (id, name, city, phone) =>
        Records.Make($"s-{id}", null, ("name", name), ("address1_city", city), ("telephone1", phone)));

    private static readonly Gen<EntityRecord> Customer = Gen.Select(Value, Value, Value, (name, city, phone) =>
        Records.Make("bc", null, ("displayName", name), ("city", city), ("phoneNumber", phone)));

    [Fact]
    public void Candidates_DecideTheSameAsAllRecords()
    {
        Gen.Select(Customer, Account.List[0, 12]).Sample((customer, accounts) =>
        {
            var unique = accounts.DistinctBy(a => a.Id).ToList();
            var index = new MatchIndex(Criteria, unique);

            Assert.Equal(CouplingMatcher.Decide(Criteria, customer, unique), CouplingMatcher.Decide(Criteria, customer, index.Candidates(customer)));
        });
    }
}
