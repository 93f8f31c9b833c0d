using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// The recent-jobs index: beside each job row, in the same partition (so the three rows are written in one
/// transaction), one row under <c>~all~</c> and one under <c>~by~{requester hash}~</c>, each keyed by the
/// job's inverted creation ticks so a range query returns the newest first. The index rows hold only the
/// job id: the listing reads the job rows themselves, so status and counters are never stale. Job ids are
/// hex, and <c>~</c> sorts after every hex digit, so the index never mixes with job rows.
/// </summary>
internal static class JobIndexRows
{
    private const string Everyone = "~all~";

    /// <summary>The two index rows of a new job.</summary>
    public static TableEntity[] For(string partitionKey, JobInfo job) =>
    [
        Row(partitionKey, Everyone, job),
        Row(partitionKey, Prefix(job.Request.RequestedBy), job),
    ];

    /// <summary>The row-key prefix of the index of <paramref name="requestedBy"/>, or of everyone's jobs when null.</summary>
    public static string Prefix(string? requestedBy) =>
        requestedBy is null ? Everyone : $"~by~{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(requestedBy)))}~";

    /// <summary>The filter of one index, newest first.</summary>
    public static string Filter(string partitionKey, string prefix) =>
        // ':' follows '9', so every "prefix + digits" key is below prefix + ':'.
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {prefix + ":"}");

    private static TableEntity Row(string partitionKey, string prefix, JobInfo job)
    {
        var inverted = DateTimeOffset.MaxValue.UtcTicks - job.CreatedAt.UtcTicks;
        return new TableEntity(partitionKey, prefix + inverted.ToString("D19", CultureInfo.InvariantCulture) + "~" + job.Id) { ["JobId"] = job.Id };
    }
}
