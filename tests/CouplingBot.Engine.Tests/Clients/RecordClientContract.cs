using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>
/// What every <see cref="IRecordClient"/> must do, run against each implementation: the sandbox always,
/// a real tenant when one is configured (<see cref="RealTenantClients"/>). Every write goes to records
/// the test creates itself, and those are deleted afterwards, so the suite is safe on a real tenant.
/// </summary>
public abstract partial class RecordClientContract : IAsyncDisposable
{
    private readonly List<string> _created = [];

    /// <summary>The client under test; only read after <see cref="SkipReason"/> said it is there.</summary>
    protected abstract IRecordClient Client { get; }

    protected abstract EntitySet Set { get; }

    protected abstract string NameField { get; }

    /// <summary>True when the service takes a key chosen by the client on create (Dataverse).</summary>
    protected abstract bool ClientAssignsKeys { get; }

    /// <summary>Why this implementation cannot run here (e.g. no tenant configured), or null.</summary>
    protected virtual string? SkipReason => null;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Existing_ReadsSelectedFieldsETagAndModifiedOn()
    {
        var known = await CreateOwnAsync("get");

        var record = await Client.GetAsync(Set, known.Id, [NameField], Ct);

        Assert.NotNull(record);
        Assert.Equal(known.Id, record.Id);
        Assert.Equal(known[NameField], record[NameField]);
        Assert.StartsWith("W/\"", record.ETag, StringComparison.Ordinal);
        Assert.True(record.ModifiedOn > DateTimeOffset.MinValue);
    }

    [Fact]
    public async Task Get_Missing_IsNull()
    {
        RequireClient();
        Assert.Null(await Client.GetAsync(Set, Guid.NewGuid().ToString(), [NameField], Ct));
    }

    [Fact]
    public async Task Query_WithoutTop_FollowsNextLinksAcrossPages()
    {
        var marker = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
        {
            await CreateOwnAsync($"{marker} {i}");
        }

        // Page size 2 in every fixture: three records take two pages.
        var found = await ToListAsync(Client.QueryAsync(Set, new RecordQuery(ODataFilter.Contains(NameField, marker), [NameField]), Ct));

        Assert.Equal(_created.Order(StringComparer.OrdinalIgnoreCase), found.Select(r => r.Id).Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Query_WithTop_StopsThere()
    {
        RequireClient();
        Assert.Equal(3, (await ToListAsync(Client.QueryAsync(Set, new RecordQuery(null, [NameField], Top: 3), Ct))).Count);
    }

    [Fact]
    public async Task Query_FilterWithAQuote_IsQuotedCorrectly()
    {
        RequireClient();
        Assert.Empty(await ToListAsync(Client.QueryAsync(Set, new RecordQuery(ODataFilter.Equal(NameField, "O'Brien & Sons " + Guid.NewGuid()), [NameField]), Ct)));
    }

    [Fact]
    public async Task Create_ReturnsTheStoredRecord()
    {
        RequireClient();
        var key = ClientAssignsKeys ? Guid.NewGuid().ToString() : null;
        var name = Name("create");

        var created = await Track(Client.CreateAsync(Set, key, new Dictionary<string, string?> { [NameField] = name }, [NameField], Ct));

        Assert.Equal(name, created[NameField]);
        Assert.True(key is null || string.Equals(key, created.Id, StringComparison.OrdinalIgnoreCase), $"{created.Id} is not the key given, {key}");
        Assert.StartsWith("W/\"", created.ETag, StringComparison.Ordinal);
        Assert.True(created.ModifiedOn > DateTimeOffset.MinValue);
        Assert.Equal(name, (await Client.GetAsync(Set, created.Id, [NameField], Ct))?[NameField]);
    }

    [Fact]
    public async Task Update_WithCurrentETag_Writes_AndTheOldETagIsThenAConflict()
    {
        var before = await CreateOwnAsync("update");
        var newName = before[NameField] + " (renamed)";

        var after = await Client.UpdateAsync(Set, before.Id, before.ETag, new Dictionary<string, string?> { [NameField] = newName }, [NameField], Ct);

        Assert.Equal(newName, after[NameField]);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.True(after.ModifiedOn >= before.ModifiedOn);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Client.UpdateAsync(Set, before.Id, before.ETag, new Dictionary<string, string?> { [NameField] = "lost update" }, [NameField], Ct));
        Assert.Equal(newName, (await Client.GetAsync(Set, before.Id, [NameField], Ct))![NameField]);
    }

    [Fact]
    public async Task Update_Missing_IsRecordNotFound()
    {
        RequireClient();
        await Assert.ThrowsAsync<RecordNotFoundException>(() =>
            Client.UpdateAsync(Set, Guid.NewGuid().ToString(), "*", new Dictionary<string, string?> { [NameField] = "nobody" }, [NameField], Ct));
    }

    [Fact]
    public async Task Delete_WithCurrentETag_Removes_AndASecondDeleteIsNotFound()
    {
        var record = await CreateOwnAsync("delete");

        await Client.DeleteAsync(Set, record.Id, record.ETag, Ct);

        Assert.Null(await Client.GetAsync(Set, record.Id, [NameField], Ct));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Client.DeleteAsync(Set, record.Id, record.ETag, Ct));
    }

    [Fact]
    public async Task Delete_WithStaleETag_IsAConflict_AndKeepsTheRecord()
    {
        var before = await CreateOwnAsync("stale delete");
        await Client.UpdateAsync(Set, before.Id, before.ETag, new Dictionary<string, string?> { [NameField] = before[NameField] + " (changed)" }, [NameField], Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Client.DeleteAsync(Set, before.Id, before.ETag, Ct));

        Assert.NotNull(await Client.GetAsync(Set, before.Id, [NameField], Ct));
    }

    /// <summary>Deletes what the test created (any version: these records are the test's own).</summary>
    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var id in _created)
        {
            try
            {
                await Client.DeleteAsync(Set, id, "*", CancellationToken.None);
            }
            catch (RecordNotFoundException)
            {
                // The test deleted it itself.
            }
        }
    }

    /// <summary>Skips the test, reported as skipped, when this implementation is not available.</summary>
    protected void RequireClient()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>A record of the test's own, deleted when the test ends.</summary>
    protected Task<EntityRecord> CreateOwnAsync(string purpose)
    {
        RequireClient();
        var key = ClientAssignsKeys ? Guid.NewGuid().ToString() : null;
        return Track(Client.CreateAsync(Set, key, new Dictionary<string, string?> { [NameField] = Name(purpose) }, [NameField], Ct));
    }

    private async Task<EntityRecord> Track(Task<EntityRecord> creating)
    {
        var record = await creating;
        _created.Add(record.Id);
        return record;
    }

    private static string Name(string purpose) => $"CouplingBot contract test {purpose}";

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
