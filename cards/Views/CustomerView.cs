namespace CouplingBot.Cards.Views;

/// <summary>A Business Central customer (or, with <see cref="Kind"/>, contact) as the cards show it.</summary>
/// <param name="Number">The record number, e.g. "10000".</param>
/// <param name="Name">The record name.</param>
/// <param name="Facts">The Business Central fields to show, in order.</param>
public sealed record CustomerView(string Number, string Name, IReadOnlyList<RecordFact> Facts)
{
    /// <summary>What the record is on each side; customers unless said otherwise.</summary>
    public RecordNouns Kind { get; init; } = RecordNouns.Customer;
}
