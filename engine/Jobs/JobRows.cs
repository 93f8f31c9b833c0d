using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// The <c>Jobs</c> row of a job: partition = storage scope, row = job id. The item list is JSON split
/// over <c>Items0</c>, <c>Items1</c>, ... (a string property holds at most 32K characters; a row 1 MB, UTF-16):
/// the first <see cref="ChunksPerRow"/> chunks in the job's row, the rest in overflow rows beside it
/// (<see cref="OverflowRows"/>), so an all-records job of 100,000 numbers fits. A couple job's match criteria are JSON
/// in <c>Criteria</c> (<see cref="JobCriteriaJson"/>). Progress updates merge only status, counters, checkpoint and
/// times, so they stay small.
/// </summary>
internal static class JobRows
{
    private const int ChunkChars = 30_000;

    /// <summary>Item chunks per row: 14 x 30,000 UTF-16 characters is 840 KB, under the 1 MB a row may hold.</summary>
    private const int ChunksPerRow = 14;

    public static TableEntity Full(string scope, JobInfo job)
    {
        var r = job.Request;
        var row = Progress(scope, job);
        row["Kind"] = r.Kind.ToString();
        row["Mapping"] = r.Mapping;
        row["All"] = r.All;
        row["Direction"] = r.Direction.ToString();
        row["RequestedBy"] = r.RequestedBy;
        row["ConversationReference"] = r.ConversationReference;
        row["Criteria"] = JobCriteriaJson.Write(r.Criteria);
        row["CreatedAt"] = job.CreatedAt;
        AddItems(row, job.Items);
        return row;
    }

    public static TableEntity Progress(string scope, JobInfo job)
    {
        var c = job.Counters;
        return new TableEntity(TableKeys.Sanitize(scope), job.Id)
        {
            ["Status"] = job.Status.ToString(),
            ["ItemCount"] = job.Items.Count,
            ["Checkpoint"] = job.Checkpoint,
            ["Inserted"] = c.Inserted, ["Modified"] = c.Modified, ["Unchanged"] = c.Unchanged, ["Skipped"] = c.Skipped,
            ["Failed"] = c.Failed, ["Coupled"] = c.Coupled, ["Uncoupled"] = c.Uncoupled,
            ["StartedAt"] = job.StartedAt,
            ["FinishedAt"] = job.FinishedAt,
            ["Message"] = job.Message,
        };
    }

    /// <summary>Progress plus the item list: written once, when an all-records job's items were listed.</summary>
    public static TableEntity ProgressWithItems(string scope, JobInfo job)
    {
        var row = Progress(scope, job);
        AddItems(row, job.Items);
        return row;
    }

    /// <summary>
    /// The rows holding the item chunks the job's row has no room for, keyed <c>{jobId}.items.{n}</c> in the job's
    /// partition; none for a list of up to 420,000 characters (about 40,000 numbers).
    /// </summary>
    public static IReadOnlyList<TableEntity> OverflowRows(string scope, JobInfo job)
    {
        var chunks = Chunks(job.Items);
        var rows = new List<TableEntity>();
        for (var first = ChunksPerRow; first < chunks.Count; first += ChunksPerRow)
        {
            var row = new TableEntity(TableKeys.Sanitize(scope), OverflowKey(job.Id, first / ChunksPerRow));
            for (var i = first; i < Math.Min(first + ChunksPerRow, chunks.Count); i++)
            {
                row["Items" + i] = chunks[i];
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>True when the job's row says some of its items are in overflow rows.</summary>
    public static bool HasOverflow(TableEntity row) => (row.GetInt32("ItemChunks") ?? 0) > ChunksPerRow;

    /// <summary>The filter of a job's overflow rows (a row-key range in its partition).</summary>
    public static string OverflowFilter(string scope, string jobId)
    {
        var prefix = OverflowPrefix(jobId);
        return TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitize(scope)} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "/"}");
    }

    /// <summary>The job of a row, with the item chunks of its overflow rows (none when it has none).</summary>
    public static JobInfo ToJob(TableEntity row, IReadOnlyList<TableEntity> overflow)
    {
        foreach (var extra in overflow)
        {
            foreach (var (name, value) in extra.Where(p => p.Key.StartsWith("Items", StringComparison.Ordinal)))
            {
                row[name] = value;
            }
        }

        return ToJob(row);
    }

    public static JobInfo ToJob(TableEntity row)
    {
        var items = ReadItems(row);
        var all = row.GetBoolean("All") ?? false;
        var request = new JobRequest(
            Enum.Parse<JobKind>(row.GetString("Kind")), row.GetString("Mapping") ?? "", all ? [] : items, all,
            Enum.Parse<SyncDirection>(row.GetString("Direction") ?? nameof(SyncDirection.ToSales)),
            row.GetString("RequestedBy") ?? "", row.GetString("ConversationReference"), JobCriteriaJson.Read(row.GetString("Criteria")));
        var counters = new JobCounters(
            Int(row, "Inserted"), Int(row, "Modified"), Int(row, "Unchanged"), Int(row, "Skipped"),
            Int(row, "Failed"), Int(row, "Coupled"), Int(row, "Uncoupled"));
        return new JobInfo(
            row.RowKey, request, items, Enum.Parse<JobStatus>(row.GetString("Status")), counters, Int(row, "Checkpoint"),
            row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, row.GetDateTimeOffset("StartedAt"),
            row.GetDateTimeOffset("FinishedAt"), row.GetString("Message"), row.ETag.ToString());
    }

    private static int Int(TableEntity row, string name) => row.GetInt32(name) ?? 0;

    /// <summary>The item chunks that fit in the job's row; <c>ItemChunks</c> counts them all.</summary>
    private static void AddItems(TableEntity row, IReadOnlyList<string> items)
    {
        var chunks = Chunks(items);
        row["ItemChunks"] = chunks.Count;
        for (var i = 0; i < Math.Min(chunks.Count, ChunksPerRow); i++)
        {
            row["Items" + i] = chunks[i];
        }
    }

    private static List<string> Chunks(IReadOnlyList<string> items)
    {
        var json = JsonSerializer.Serialize(items);
        return [.. Enumerable.Range(0, (json.Length + ChunkChars - 1) / ChunkChars)
            .Select(i => json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars))))];
    }

    private static string OverflowPrefix(string jobId) => TableKeys.Sanitize(jobId) + ".items.";

    private static string OverflowKey(string jobId, int row) => OverflowPrefix(jobId) + row.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static string[] ReadItems(TableEntity row)
    {
        var json = new StringBuilder();
        for (var i = 0; i < (row.GetInt32("ItemChunks") ?? 0); i++)
        {
            json.Append(row.GetString("Items" + i));
        }

        return json.Length == 0 ? [] : JsonSerializer.Deserialize<string[]>(json.ToString()) ?? [];
    }
}

/// <summary>Table keys may not hold / \ # ? or control characters.</summary>
internal static class TableKeys
{
    public static string Sanitize(string key) =>
        new(key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
}
