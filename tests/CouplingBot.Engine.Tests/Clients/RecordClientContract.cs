using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>
/// What every <see cref="IRecordClient"/> must do, run against each implementation (the sandbox now;
/// a real tenant when one is configured). Each subclass names its entity set and a known record.
/// </summary>
public abstract class RecordClientContract(SandboxClients sandbox)
{
    protected SandboxClients Sandbox { get; } = sandbox;

    protected abstract IRecordClient Client { get; }

    protected abstract EntitySet Set { get; }

    protected abstract string KnownId { get; }

    protected abstract string NameField { get; }

    protected abstract int SeededCount { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Existing_ReadsSelectedFieldsETagAndModifiedOn()
    {
        var record = await Client.GetAsync(Set, KnownId, [NameField], Ct);

        Assert.NotNull(record);
        Assert.Equal(KnownId, record.Id);
        Assert.False(string.IsNullOrEmpty(record[NameField]));
        Assert.StartsWith("W/\"", record.ETag, StringComparison.Ordinal);
        Assert.True(record.ModifiedOn > DateTimeOffset.MinValue);
    }

    [Fact]
    public async Task Get_Missing_IsNull() =>
        Assert.Null(await Client.GetAsync(Set, Guid.NewGuid().ToString(), [NameField], Ct));

    [Fact]
    public async Task Query_WithoutTop_FollowsNextLinksAcrossPages()
    {
        var all = await ToListAsync(Client.QueryAsync(Set, new RecordQuery(null, [NameField]), Ct));

        Assert.True(all.Count >= SeededCount, $"{all.Count} of at least {SeededCount}");
        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Query_WithTop_StopsThere() =>
        Assert.Equal(3, (await ToListAsync(Client.QueryAsync(Set, new RecordQuery(null, [NameField], Top: 3), Ct))).Count);

    [Fact]
    public async Task Query_FilterWithAQuote_IsQuotedCorrectly() =>
        Assert.Empty(await ToListAsync(Client.QueryAsync(Set, new RecordQuery(ODataFilter.Equal(NameField, "O'Brien & Sons"), [NameField]), Ct)));

    [Fact]
    public async Task Update_WithCurrentETag_Writes_AndTheOldETagIsThenAConflict()
    {
        var before = (await Client.GetAsync(Set, KnownId, [NameField], Ct))!;
        var newName = before[NameField] + " (renamed)";

        var after = await Client.UpdateAsync(Set, KnownId, before.ETag, new Dictionary<string, string?> { [NameField] = newName }, [NameField], Ct);

        Assert.Equal(newName, after[NameField]);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.True(after.ModifiedOn >= before.ModifiedOn);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Client.UpdateAsync(Set, KnownId, before.ETag, new Dictionary<string, string?> { [NameField] = "lost update" }, [NameField], Ct));
        Assert.Equal(newName, (await Client.GetAsync(Set, KnownId, [NameField], Ct))![NameField]);
    }

    private static async Task<List<EntityRecord>> ToListAsync(IAsyncEnumerable<EntityRecord> records)
    {
        var list = new List<EntityRecord>();
        await foreach (var record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
