using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>Batched reads and writes ($batch), on the test's own records only.</summary>
public abstract partial class RecordClientContract
{
    private IBatchRecordClient Batch => (IBatchRecordClient)Client;

    [Fact]
    public async Task CreateMany_CreatesEachRecord_InItemOrder()
    {
        RequireClient();
        var names = Enumerable.Range(0, 3).Select(i => Name($"create many {i} {Guid.NewGuid():N}")).ToList();
        var creates = names.Select(n => new RecordCreate(ClientAssignsKeys ? Guid.NewGuid().ToString() : null,
            new Dictionary<string, string?> { [NameField] = n })).ToList();

        var results = await SandboxFeature.RequireAsync("$batch", () => Batch.CreateManyAsync(Set, creates, [NameField], Ct));
        _created.AddRange(results.Where(r => r.Succeeded).Select(r => r.Record!.Id));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        Assert.Equal(names, results.Select(r => r.Record![NameField]));
        Assert.Equal(names[1], (await Client.GetAsync(Set, results[1].Record!.Id, [NameField], Ct))?[NameField]);
    }

    [Fact]
    public async Task UpdateMany_OneStaleItem_IsAConflict_AndTheOthersAreWritten()
    {
        var first = await CreateOwnAsync("update many 1");
        var stale = await CreateOwnAsync("update many 2");
        var third = await CreateOwnAsync("update many 3");
        await Client.UpdateAsync(Set, stale.Id, stale.ETag, new Dictionary<string, string?> { [NameField] = stale[NameField] + " (changed)" }, [NameField], Ct);

        var results = await SandboxFeature.RequireAsync("$batch", () => Batch.UpdateManyAsync(Set,
            [Rename(first), Rename(stale), Rename(third)], [NameField], Ct));

        Assert.Equal(first[NameField] + " (batch)", results[0].Record?[NameField]);
        Assert.NotEqual(first.ETag, results[0].Record?.ETag);
        Assert.IsType<ConcurrencyConflictException>(results[1].Error);
        Assert.Equal(third[NameField] + " (batch)", (await Client.GetAsync(Set, third.Id, [NameField], Ct))?[NameField]);
        Assert.Equal(stale[NameField] + " (changed)", (await Client.GetAsync(Set, stale.Id, [NameField], Ct))?[NameField]);
    }

    [Fact]
    public async Task UpdateMany_MissingRecord_IsNotFound_ForThatItemOnly()
    {
        var own = await CreateOwnAsync("update many missing");

        var results = await SandboxFeature.RequireAsync("$batch", () => Batch.UpdateManyAsync(Set,
            [new RecordUpdate(Guid.NewGuid().ToString(), "*", new Dictionary<string, string?> { [NameField] = "nobody" }), Rename(own)], [NameField], Ct));

        Assert.IsType<RecordNotFoundException>(results[0].Error);
        Assert.True(results[1].Succeeded, results[1].Error?.Message);
    }

    [Fact]
    public async Task GetMany_ReadsEachId_InIdOrder_AndAMissingRecordIsNull()
    {
        var first = await CreateOwnAsync("get many 1");
        var second = await CreateOwnAsync("get many 2");
        var missing = Guid.NewGuid().ToString();

        var results = await SandboxFeature.RequireAsync("$batch", () => Batch.GetManyAsync(Set, [second.Id, missing, first.Id], [NameField], Ct));

        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.Equal([second.Id, missing, first.Id], results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        Assert.Equal((second[NameField], second.ETag), (results[0].Record?[NameField], results[0].Record?.ETag));
        Assert.Null(results[1].Record);
        Assert.Equal(first.Id, results[2].Record?.Id, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(first[NameField], results[2].Record?[NameField]);
    }

    [Fact]
    public async Task GetMany_NoIds_AnswersNoResults()
    {
        RequireClient();
        Assert.Empty(await Batch.GetManyAsync(Set, [], [NameField], Ct));
    }

    private RecordUpdate Rename(EntityRecord record) =>
        new(record.Id, record.ETag, new Dictionary<string, string?> { [NameField] = record[NameField] + " (batch)" });
}
