using CouplingBot.Engine.Matching;
using static CouplingBot.Engine.Tests.Matching.MatchRecords;

namespace CouplingBot.Engine.Tests.Matching;

/// <summary>What the match decision does when no group gives a unique match.</summary>
public sealed class CouplingMatcherFallbackTests
{
    [Fact]
    public void Decide_SeveralMatchesInEveryGroup_IsNoUniqueMatch_WithTheReasonPerGroup()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon"), [Account("a", "Cannon"), Account("b", "CANNON")]);

        Assert.Equal(MatchAction.LeaveAlone, decision.Action);
        Assert.Null(decision.SalesRecord);
        Assert.Contains("several matches", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoMatch_CreatesNewWhenAllowed()
    {
        var criteria = Criteria(true, new MatchGroup(1, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon"), [Account("a", "Other")]);

        Assert.Equal(MatchAction.CreateNew, decision.Action);
        Assert.Null(decision.SalesRecord);
    }

    [Fact]
    public void Decide_SeveralMatches_CreatesNewWhenAllowed()
    {
        var criteria = Criteria(true, new MatchGroup(1, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon"), [Account("a", "Cannon"), Account("b", "Cannon")]);

        Assert.Equal(MatchAction.CreateNew, decision.Action);
    }

    [Fact]
    public void Decide_NoCandidates_IsNoUniqueMatch()
    {
        var decision = CouplingMatcher.Decide(Criteria(false, new MatchGroup(1, [Name])), Customer("Cannon"), []);

        Assert.Equal(MatchAction.LeaveAlone, decision.Action);
    }

    [Fact]
    public void Group_ValuesAreNotConcatenatedAmbiguously()
    {
        var group = new MatchGroup(1, [Name, City]);

        Assert.NotEqual(group.BusinessCentralKey(Customer("a b", "c")), group.SalesKey(Account("x", "a", "b c")));
    }
}
