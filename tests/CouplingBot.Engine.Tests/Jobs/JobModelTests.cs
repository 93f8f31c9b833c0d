using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Job requests, counters and the job row, without storage.</summary>
public sealed class JobModelTests
{
    [Fact]
    public void Validate_NeitherOrBothRecordsAndAll_Throws()
    {
        var none = new JobRequest(JobKind.Sync, "CUSTOMER", [], All: false, SyncDirection.ToSales, "me");
        var both = new JobRequest(JobKind.Sync, "CUSTOMER", ["10000"], All: true, SyncDirection.ToSales, "me");

        Assert.Throws<ArgumentException>(none.Validate);
        Assert.Throws<ArgumentException>(both.Validate);
        JobRequest.ForAll(JobKind.Sync, "CUSTOMER", SyncDirection.ToSales, "me").Validate();
    }

    [Fact]
    public void Counters_Add_CountsEachOutcome()
    {
        var counters = Enum.GetValues<JobItemOutcome>().Aggregate(new JobCounters(), (c, o) => c.Add(o)).Add(JobItemOutcome.Modified);

        Assert.Equal(new JobCounters(1, 2, 1, 1, 1, 1, 1), counters);
        Assert.Equal(8, counters.Total);
    }

    [Fact]
    public void JobRows_ManyItems_RoundTripOverSeveralChunks()
    {
        var items = Enumerable.Range(0, 10_000).Select(i => $"C{i:D6}").ToArray();
        var request = JobRequest.For(JobKind.Uncouple, "CUSTOMER", items, SyncDirection.FromSales, "me", "ref");
        var job = new JobInfo("job1", request, items, JobStatus.Running, new JobCounters(Modified: 2), 2, Records.T0, Records.T0);

        var row = JobRows.Full("scope/1", job);
        var back = JobRows.ToJob(row);

        Assert.True(row.GetInt32("ItemChunks") > 1);
        Assert.Equal(items, back.Items);
        Assert.Equal(items, back.Request.Records);
        Assert.Equal(job with { Request = back.Request, Items = back.Items, ETag = back.ETag }, back);
        Assert.Equal(request with { Records = back.Request.Records }, back.Request);
        Assert.Equal("scope_1", row.PartitionKey);
    }

    [Fact]
    public void JobRows_CoupleRequest_RoundTripsItsCriteria()
    {
        var criteria = new MatchCriteria([new MatchGroup(3, [new MatchField("email", "emailaddress1", CaseSensitive: true)])], CreateNewIfNoMatch: true);
        var request = JobRequest.Couple("CUSTOMER", ["10000"], criteria, "me");
        var job = new JobInfo("job1", request, request.Records, JobStatus.Queued, new JobCounters(), 0, Records.T0);

        var back = JobRows.ToJob(JobRows.Full("scope", job)).Request;

        Assert.Equal(JobKind.Couple, back.Kind);
        Assert.True(back.Criteria!.CreateNewIfNoMatch);
        var group = Assert.Single(back.Criteria.Groups);
        Assert.Equal(3, group.Priority);
        Assert.Equal(new MatchField("email", "emailaddress1", CaseSensitive: true), Assert.Single(group.Fields));
        Assert.Throws<ArgumentException>(() => (request with { Criteria = null }).Validate());
        Assert.Throws<ArgumentException>(() => (request with { Criteria = new MatchCriteria([]) }).Validate());
    }
}
