using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>The card for fields that changed on both sides: both values side by side, and who wins.</summary>
public static class ConflictCards
{
    /// <summary>
    /// Each conflicting field with Business Central's and Sales's value and a per-field choice (Business
    /// Central preselected); <b>Keep Business Central</b>, <b>Keep Sales</b> or <b>Apply my choices</b>.
    /// </summary>
    public static AdaptiveCard Decide(CustomerView customer, CouplingView coupling, IReadOnlyList<ConflictFieldView> fields)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(fields);

        List<CardElement> body =
        [
            new TextBlock("Both sides changed") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Warning, Wrap = true },
            Subtle($"{CustomerTitle(customer)} and {SalesRecord(customer, coupling.SalesAccountName)}"),
            Text(fields.Count == 1
                ? "This field changed in both Business Central and Sales since the last sync. Choose which value to keep; nothing is written until you do."
                : $"These {fields.Count} fields changed in both Business Central and Sales since the last sync. Choose which values to keep; nothing is written until you do."),
            new ColumnSet(
            [
                Cell("Field", bold: true, "2"),
                Cell("Business Central", bold: true, "3"),
                Cell("Sales", bold: true, "3"),
            ]) { Spacing = Spacing.Medium },
        ];
        foreach (var field in fields)
        {
            body.Add(new ColumnSet([Cell(field.Label, bold: true, "2"), Cell(Show(field.BusinessCentralValue), bold: false, "3"), Cell(Show(field.SalesValue), bold: false, "3")]) { Separator = true });
            body.Add(new InputChoiceSet(CardInputIds.DecisionPrefix + field.Key,
                [new Choice("Keep Business Central's", ConflictDecisionData.BusinessCentral), new Choice("Keep Sales's", ConflictDecisionData.Sales)])
            {
                Label = $"Keep for {field.Label}",
                Style = ChoiceInputStyle.Compact,
                Value = ConflictDecisionData.BusinessCentral,
                IsRequired = true,
                ErrorMessage = "Choose which value to keep.",
            });
        }

        var (number, kind) = (customer.Number, customer.Kind.ActionKind);
        return Card(
            $"{CustomerTitle(customer)} changed on both sides: " + string.Join(", ", fields.Select(f => f.Label)) + ". Choose which values to keep.",
            body,
            Execute("Apply my choices", CardVerbs.DecideConflicts, new ConflictDecisionData(number, ConflictDecisionData.PerField, kind), ActionStyle.Positive),
            Execute("Keep Business Central", CardVerbs.DecideConflicts, new ConflictDecisionData(number, ConflictDecisionData.BusinessCentral, kind)) with { AssociatedInputs = AssociatedInputs.None },
            Execute("Keep Sales", CardVerbs.DecideConflicts, new ConflictDecisionData(number, ConflictDecisionData.Sales, kind)) with { AssociatedInputs = AssociatedInputs.None });
    }

    private static Column Cell(string text, bool bold, string width) =>
        new([new TextBlock(text) { Wrap = true, Weight = bold ? TextWeight.Bolder : null }]) { Width = width };
}
