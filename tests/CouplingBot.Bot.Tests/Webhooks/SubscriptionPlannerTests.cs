using CouplingBot.Bot.Webhooks;
using CouplingBot.Engine.BusinessCentral;

namespace CouplingBot.Bot.Tests.Webhooks;

public class SubscriptionPlannerTests
{
    private const string State = "our-secret";
    private const string Customers = "/api/v2.0/companies(11111111-1111-1111-1111-111111111111)/customers";
    private const string Currencies = "/api/v2.0/companies(11111111-1111-1111-1111-111111111111)/currencies";
    private static readonly Uri Ours = new("https://bot.example.com/api/webhooks/businesscentral");
    private static readonly Uri Theirs = new("https://other-app.example.com/hooks");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_NothingSubscribed_CreatesEachWantedResourceOnce()
    {
        var plan = SubscriptionPlanner.Plan([], [Customers, Currencies, Customers], Ours, State, Now);

        Assert.Equal([Customers, Currencies], plan.Create);
        Assert.Empty(plan.Renew);
        Assert.Empty(plan.Delete);
        Assert.Empty(plan.Keep);
    }

    [Fact]
    public void Plan_OursWithMoreThanADayLeft_IsKeptAsItIs()
    {
        var fresh = Subscription("a", Customers, Now.AddDays(2));

        var plan = SubscriptionPlanner.Plan([fresh], [Customers], Ours, State, Now);

        Assert.Equal([fresh], plan.Keep);
        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Plan_ExactlyOneDayLeft_IsNotYetRenewed()
    {
        var plan = SubscriptionPlanner.Plan([Subscription("a", Customers, Now + SubscriptionPlanner.RenewWithin)], [Customers], Ours, State, Now);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Plan_LessThanADayLeft_Renews()
    {
        var ageing = Subscription("a", Customers, Now.AddHours(23));

        var plan = SubscriptionPlanner.Plan([ageing], [Customers], Ours, State, Now);

        Assert.Equal([ageing], plan.Renew);
        Assert.Empty(plan.Create);
        Assert.Empty(plan.Delete);
    }

    [Fact]
    public void Plan_NoExpirationGiven_Renews()
    {
        var unknown = Subscription("a", Customers, null);

        var plan = SubscriptionPlanner.Plan([unknown], [Customers], Ours, State, Now);

        Assert.Equal([unknown], plan.Renew);
    }

    [Theory]
    [InlineData("old-secret")]
    [InlineData(null)]
    public void Plan_AnotherClientState_RenewsSoNotificationsAreNotRefused(string? state)
    {
        var stale = Subscription("a", Customers, Now.AddDays(3)) with { ClientState = state };

        var plan = SubscriptionPlanner.Plan([stale], [Customers], Ours, State, Now);

        Assert.Equal([stale], plan.Renew);
    }

    [Fact]
    public void Plan_OursLapsed_IsDeletedAndReplaced()
    {
        var lapsed = Subscription("a", Customers, Now);

        var plan = SubscriptionPlanner.Plan([lapsed], [Customers], Ours, State, Now);

        Assert.Equal([lapsed], plan.Delete);
        Assert.Equal([Customers], plan.Create);
        Assert.Empty(plan.Renew);
    }

    [Fact]
    public void Plan_OursForAResourceNoLongerWanted_IsDeleted()
    {
        var customers = Subscription("a", Customers, Now.AddDays(2));
        var currencies = Subscription("b", Currencies, Now.AddDays(2));

        var plan = SubscriptionPlanner.Plan([customers, currencies], [Customers], Ours, State, Now);

        Assert.Equal([currencies], plan.Delete);
        Assert.Equal([customers], plan.Keep);
    }

    [Fact]
    public void Plan_NothingWanted_DeletesAllOursOnly()
    {
        var ours = Subscription("a", Customers, Now.AddDays(2));
        var theirs = Subscription("b", Customers, Now.AddDays(2)) with { NotificationUrl = Theirs };

        var plan = SubscriptionPlanner.Plan([ours, theirs], [], Ours, State, Now);

        Assert.Equal([ours], plan.Delete);
        Assert.Empty(plan.Create);
    }

    [Fact]
    public void Plan_OtherAppsSubscriptions_AreNeverTouchedNorReused()
    {
        var sameResource = Subscription("x", Customers, Now.AddHours(1)) with { NotificationUrl = Theirs, ClientState = "theirs" };
        var otherResource = Subscription("y", Currencies, Now.AddDays(-1)) with { NotificationUrl = Theirs };

        var plan = SubscriptionPlanner.Plan([sameResource, otherResource], [Customers], Ours, State, Now);

        Assert.Equal([Customers], plan.Create);
        Assert.Empty(plan.Renew);
        Assert.Empty(plan.Delete);
        Assert.Empty(plan.Keep);
    }

    [Fact]
    public void Plan_Duplicates_KeepsTheOneLastToLapseAndDeletesTheRest()
    {
        var early = Subscription("a", Customers, Now.AddDays(1.5));
        var late = Subscription("b", Customers, Now.AddDays(2.5));
        var lapsed = Subscription("c", Customers, Now.AddMinutes(-1));

        var plan = SubscriptionPlanner.Plan([early, lapsed, late], [Customers], Ours, State, Now);

        Assert.Equal([late], plan.Keep);
        Assert.Equal(["a", "c"], plan.Delete.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Empty(plan.Create);
    }

    [Fact]
    public void Plan_DuplicatesExpiringTogether_KeepTheLowestIdSoEveryInstanceAgrees()
    {
        var second = Subscription("b", Customers, Now.AddDays(2));
        var first = Subscription("a", Customers, Now.AddDays(2));

        var plan = SubscriptionPlanner.Plan([second, first], [Customers], Ours, State, Now);

        Assert.Equal([first], plan.Keep);
        Assert.Equal([second], plan.Delete);
    }

    [Fact]
    public void Plan_DatedSubscriptionIsPreferredToOneWithoutExpiration()
    {
        var unknown = Subscription("a", Customers, null);
        var dated = Subscription("b", Customers, Now.AddDays(2));

        var plan = SubscriptionPlanner.Plan([unknown, dated], [Customers], Ours, State, Now);

        Assert.Equal([dated], plan.Keep);
        Assert.Equal([unknown], plan.Delete);
    }

    [Fact]
    public void Plan_ResourceAndUrlSpelledDifferently_StillMatch()
    {
        var spelled = Subscription("a", "api/v2.0/COMPANIES(11111111-1111-1111-1111-111111111111)/customers/", Now.AddDays(2)) with
        {
            NotificationUrl = new Uri("https://BOT.example.com/api/webhooks/businesscentral/"),
        };

        var plan = SubscriptionPlanner.Plan([spelled], [Customers], Ours, State, Now);

        Assert.Equal([spelled], plan.Keep);
        Assert.True(plan.IsEmpty);
    }

    [Theory]
    [InlineData("https://bot.example.com/api/webhooks/businesscentral", true)]
    [InlineData("https://bot.example.com/api/webhooks/businesscentral/", true)]
    [InlineData("https://bot.example.com:443/api/webhooks/businesscentral", true)]
    [InlineData("https://bot.example.com/api/webhooks/businesscentral?x=1", false)]
    [InlineData("http://bot.example.com/api/webhooks/businesscentral", false)]
    [InlineData("https://bot.example.com:8443/api/webhooks/businesscentral", false)]
    [InlineData("https://bot.example.org/api/webhooks/businesscentral", false)]
    public void SameUrl_ComparesTheEndpointNotTheSpelling(string url, bool expected) =>
        Assert.Equal(expected, SubscriptionPlanner.SameUrl(new Uri(url), Ours));

    private static BusinessCentralSubscription Subscription(string id, string resource, DateTimeOffset? expiresOn) =>
        new(id, Ours, resource, State, expiresOn, $"W/\"{id}\"");
}
