using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// The data of <see cref="CardVerbs.DecideConflicts"/>: which side wins every conflicting field, or
/// <see cref="PerField"/> to read each field's choice from the merged inputs
/// (<see cref="CardInputIds.DecisionPrefix"/> + the field's key, valued <see cref="BusinessCentral"/> or <see cref="Sales"/>).
/// </summary>
/// <param name="CustomerNumber">The Business Central customer (or contact) number.</param>
/// <param name="Keep"><see cref="BusinessCentral"/>, <see cref="Sales"/> or <see cref="PerField"/>.</param>
/// <param name="RecordKind">"contact" for a contact; null (not sent) for a customer.</param>
public sealed record ConflictDecisionData(
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName("keep")] string Keep,
    [property: JsonPropertyName("recordKind")] string? RecordKind = null)
{
    /// <summary>Business Central's value wins.</summary>
    public const string BusinessCentral = "businessCentral";

    /// <summary>Sales's value wins.</summary>
    public const string Sales = "sales";

    /// <summary>Each field as chosen on the card.</summary>
    public const string PerField = "perField";
}
