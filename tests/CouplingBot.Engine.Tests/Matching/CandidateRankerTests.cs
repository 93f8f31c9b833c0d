using CouplingBot.Engine.Matching;

namespace CouplingBot.Engine.Tests.Matching;

public class CandidateRankerTests
{
    private static readonly MatchProfile Profile = MatchProfile.Customer;

    [Fact]
    public void Score_NearMatch_CountsEverySignalWithItsReason()
    {
        var candidate = CandidateRanker.Score(Profile, Records.Cannon(), Records.CannonAccount());

        Assert.Equal(90, candidate.Score);
        Assert.Equal(
            ["same name apart from legal form", "same phone", "same e-mail or web domain", "same city", "same post code"],
            candidate.Reasons);
    }

    [Fact]
    public void Score_SameNumberAndExactName_IsCappedAt100()
    {
        var account = Records.CannonAccount() with
        {
            Fields = new Dictionary<string, string?>(Records.CannonAccount().Fields) { ["accountnumber"] = "10000", ["name"] = "the cannon group plc" },
        };

        var candidate = CandidateRanker.Score(Profile, Records.Cannon(), account);

        Assert.Equal(100, candidate.Score);
        Assert.Contains("same number", candidate.Reasons);
        Assert.Contains("same name", candidate.Reasons);
    }

    [Fact]
    public void Rank_OrdersBestFirst_AndDropsUnrelatedRecords()
    {
        var weaker = Records.Make("acc-industries", null, ("name", "Cannon Industries Ltd"), ("address1_city", "Leeds"));
        var unrelated = Records.Make("acc-fabrikam", null, ("name", "Fabrikam, Inc. (sample)"), ("address1_city", "Redmond"));

        var ranked = CandidateRanker.Rank(Profile, Records.Cannon(), [unrelated, weaker, Records.CannonAccount()]);

        Assert.Equal(["acc-cannon", "acc-industries"], ranked.Select(c => c.Record.Id));
        Assert.Equal(["similar name"], ranked[1].Reasons);
    }

    [Fact]
    public void Rank_KeepsAtMostTheMaximum()
    {
        var many = Enumerable.Range(0, 12).Select(i => Records.Make($"acc-{i}", null, ("name", "Cannon Group"), ("address1_city", "Birmingham")));

        Assert.Equal(CandidateRanker.MaximumCandidates, CandidateRanker.Rank(Profile, Records.Cannon(), many).Count);
    }

    [Fact]
    public void PoolFilter_AsksForNameWordsNumberCityPostCodeAndDomains()
    {
        var filter = CandidateRanker.PoolFilter(Profile, Records.Cannon());

        Assert.Equal(
            "(contains(name,'cannon') or contains(name,'group') or accountnumber eq '10000' or address1_city eq 'Birmingham' "
            + "or address1_postalcode eq 'B27 4KT' or contains(emailaddress1,'cannongroup.example') or contains(websiteurl,'cannongroup.example'))",
            filter);
    }

    [Fact]
    public void PoolFilter_RecordWithNothingToMatch_IsNull()
    {
        Assert.Null(CandidateRanker.PoolFilter(Profile, Records.Make("x", null, ("displayName", "Co"))));
    }
}
