using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.ComposeExtension;

/// <summary>A Dynamics 365 Sales account or contact that is not coupled to a Business Central record.</summary>
/// <param name="KindLabel">"Sales account" or "Sales contact".</param>
/// <param name="Name">The record's name.</param>
/// <param name="Facts">The Sales fields to show, in order (empty ones left out).</param>
/// <param name="CounterpartLabel">What it would be coupled to: "Business Central customer" or "Business Central contact".</param>
public sealed record SalesRecordView(string KindLabel, string Name, IReadOnlyList<RecordFact> Facts, string CounterpartLabel);
