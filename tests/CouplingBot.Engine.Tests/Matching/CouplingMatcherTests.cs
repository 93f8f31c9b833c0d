using CouplingBot.Engine.Matching;
using static CouplingBot.Engine.Tests.Matching.MatchRecords;

namespace CouplingBot.Engine.Tests.Matching;

/// <summary>The match decision: priorities, AND inside a group, case, blanks.</summary>
public sealed class CouplingMatcherTests
{
    [Fact]
    public void Decide_OneMatchInFirstGroup_Couples()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon"), [Account("a", "Cannon"), Account("b", "Other")]);

        Assert.Equal(MatchAction.Couple, decision.Action);
        Assert.Equal("a", decision.SalesRecord!.Id);
        Assert.Equal(1, decision.Priority);
    }

    [Fact]
    public void Decide_GroupsAreTriedByPriority_NotByListOrder()
    {
        var criteria = Criteria(false, new MatchGroup(2, [Phone]), new MatchGroup(1, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon", phone: "555"), [Account("by-name", "Cannon"), Account("by-phone", "X", phone: "555")]);

        Assert.Equal("by-name", decision.SalesRecord!.Id);
        Assert.Equal(1, decision.Priority);
    }

    [Fact]
    public void Decide_FieldsInAGroupAreAnded()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Name, City]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon", "Birmingham"),
            [Account("wrong-city", "Cannon", "Leeds"), Account("both", "Cannon", "Birmingham"), Account("wrong-name", "Other", "Birmingham")]);

        Assert.Equal("both", decision.SalesRecord!.Id);
    }

    [Fact]
    public void Decide_CaseInsensitiveByDefault_AndTrimmed()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("  cannon GROUP "), [Account("a", "Cannon Group")]);

        Assert.Equal(MatchAction.Couple, decision.Action);
    }

    [Fact]
    public void Decide_CaseSensitiveField_DoesNotMatchOtherCase()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Name with { CaseSensitive = true }]));

        var decision = CouplingMatcher.Decide(criteria, Customer("cannon group"), [Account("a", "Cannon Group")]);

        Assert.Equal(MatchAction.LeaveAlone, decision.Action);
        Assert.Contains(CouplingMatcher.NoUniqueMatch, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_BlankOnTheRecord_NeverMatchesBlankOnSales_AndFallsThrough()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Phone]), new MatchGroup(2, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon", phone: " "), [Account("blank-phone", "Other", phone: null), Account("named", "Cannon")]);

        Assert.Equal("named", decision.SalesRecord!.Id);
        Assert.Equal(2, decision.Priority);
    }

    [Fact]
    public void Decide_BlankOnlyOnSales_DoesNotMatch()
    {
        var criteria = Criteria(false, new MatchGroup(1, [Name, Phone]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon", phone: "555"), [Account("a", "Cannon", phone: "")]);

        Assert.Equal(MatchAction.LeaveAlone, decision.Action);
    }

    [Fact]
    public void Decide_SeveralMatches_FallsToTheNextGroup()
    {
        var criteria = Criteria(false, new MatchGroup(1, [City]), new MatchGroup(2, [Name]));

        var decision = CouplingMatcher.Decide(criteria, Customer("Cannon"), [Account("a", "Cannon"), Account("b", "Other")]);

        Assert.Equal("a", decision.SalesRecord!.Id);
        Assert.Equal(2, decision.Priority);
    }
}
