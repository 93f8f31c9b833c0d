namespace CouplingBot.Cards.Actions;

/// <summary>
/// Ids of the inputs whose values Teams merges into an action's data, as strings.
/// They are the JSON property names of the action records.
/// </summary>
public static class CardInputIds
{
    /// <summary>The chosen Sales account id (<c>Input.ChoiceSet</c>).</summary>
    public const string AccountId = "accountId";

    /// <summary>The chosen Sales record of a related record to couple (<c>Input.ChoiceSet</c> on the dependency card).</summary>
    public const string SalesId = "salesId";

    /// <summary>"true" or "false" (<c>Input.Toggle</c>).</summary>
    public const string SyncAfterCoupling = "syncAfterCoupling";

    /// <summary>"toSales" or "fromSales" (<c>Input.ChoiceSet</c>, see <see cref="SyncDirectionChoices"/>).</summary>
    public const string Direction = "direction";

    /// <summary>The conflict card's per-field choice: this prefix + the field's decision key.</summary>
    public const string DecisionPrefix = "decision.";
}
