using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>The data of <see cref="CardVerbs.RefreshJob"/> and <see cref="CardVerbs.JobDetails"/>.</summary>
/// <param name="JobId">The job's id.</param>
public sealed record JobIdData([property: JsonPropertyName("jobId")] string JobId);
