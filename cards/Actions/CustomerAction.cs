using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// What the bot receives for <see cref="CardVerbs.ShowSetUpCoupling"/>, <see cref="CardVerbs.ShowSync"/>
/// and <see cref="CardVerbs.RemoveCoupling"/>.
/// </summary>
/// <param name="CustomerNumber">The Business Central customer number.</param>
public sealed record CustomerAction([property: JsonPropertyName("customerNumber")] string CustomerNumber);
