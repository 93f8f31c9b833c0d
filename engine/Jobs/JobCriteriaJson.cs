using System.Text.Json;
using CouplingBot.Engine.Matching;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// A couple job's <see cref="MatchCriteria"/> as the JSON of the job row's <c>Criteria</c> column: only what
/// defines them (groups, fields, case sensitivity, create new), in a shape of its own so a change to the
/// matching types cannot silently change what stored jobs mean.
/// </summary>
internal static class JobCriteriaJson
{
    public static string? Write(MatchCriteria? criteria) => criteria is null
        ? null
        : JsonSerializer.Serialize(new CriteriaJson(
            [.. criteria.Groups.Select(g => new GroupJson(g.Priority, [.. g.Fields.Select(f => new FieldJson(f.BusinessCentralField, f.SalesField, f.CaseSensitive))]))],
            criteria.CreateNewIfNoMatch));

    public static MatchCriteria? Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<CriteriaJson>(json) is not { } stored)
        {
            return null;
        }

        return new MatchCriteria(
            [.. (stored.Groups ?? []).Select(g => new MatchGroup(g.Priority, [.. (g.Fields ?? []).Select(f => new MatchField(f.BusinessCentral, f.Sales, f.CaseSensitive))]))],
            stored.CreateNew);
    }

    private sealed record CriteriaJson(GroupJson[]? Groups, bool CreateNew);

    private sealed record GroupJson(int Priority, FieldJson[]? Fields);

    private sealed record FieldJson(string BusinessCentral, string Sales, bool CaseSensitive);
}
