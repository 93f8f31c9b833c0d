using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards for synchronizing a coupled customer.</summary>
public static class SyncCards
{
    /// <summary>
    /// What is coupled to what, the last synchronization, the direction, and <b>Synchronize Now</b>. With a
    /// <paramref name="preview"/>: its warning first (e.g. both sides changed), the field-by-field changes of
    /// the previewed direction, and that direction preselected.
    /// </summary>
    public static AdaptiveCard Synchronize(CustomerView customer, CouplingView coupling, SyncPreviewView? preview = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(coupling);

        List<CardElement> body =
        [
            Title($"Synchronize {customer.Kind.Noun} {customer.Number}"),
            new FactSet(
            [
                new Fact("Business Central", CustomerTitle(customer)),
                new Fact("Sales", $"{Capitalized(customer.Kind.SalesNoun)} {coupling.SalesAccountName}"),
                new Fact("Last synchronized", coupling.LastSyncedAt is { } at ? When(at) : "Never"),
            ]),
        ];
        if (!string.IsNullOrWhiteSpace(coupling.LastSyncSummary))
        {
            body.Add(Subtle(coupling.LastSyncSummary));
        }

        if (preview is not null)
        {
            AddPreview(body, preview);
        }

        body.Add(preview is null ? DirectionChoice() : DirectionChoice() with { Value = preview.Direction });
        return Card(
            $"Synchronize {CustomerTitle(customer)} with {SalesRecord(customer, coupling.SalesAccountName)}.",
            body,
            Execute("Synchronize Now", CardVerbs.SyncNow, new CustomerData(customer.Number, customer.Kind.ActionKind), ActionStyle.Positive));
    }

    /// <summary>
    /// The outcome: each changed field "old -> new", or "Already in step: nothing to change";
    /// <b>Synchronize Now</b> to go again.
    /// </summary>
    public static AdaptiveCard Result(CustomerView customer, CouplingView coupling, SyncResultView result)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(result);

        var headline = $"Synchronized: {result.DirectionLabel}";
        List<CardElement> body =
        [
            new TextBlock(headline) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Good, Wrap = true },
            Subtle($"{CustomerTitle(customer)} with {SalesRecord(customer, coupling.SalesAccountName)}, {When(result.SyncedAt)}"),
        ];

        if (result.Changes.Count == 0)
        {
            body.Add(Heading("Already in step: nothing to change"));
        }
        else
        {
            body.Add(Heading(result.Changes.Count == 1 ? "1 field changed" : $"{result.Changes.Count} fields changed"));
            body.Add(new FactSet([.. result.Changes.Select(c => new Fact(c.Field, $"{Show(c.OldValue)} -> {Show(c.NewValue)}"))]));
        }

        return Card(
            $"{headline} for {CustomerTitle(customer)}.",
            body,
            Execute("Synchronize Now", CardVerbs.ShowSync, new CustomerData(customer.Number, customer.Kind.ActionKind)));
    }

    private static void AddPreview(List<CardElement> body, SyncPreviewView preview)
    {
        if (!string.IsNullOrWhiteSpace(preview.Warning))
        {
            body.Add(new Container([new TextBlock(preview.Warning) { Color = TextColor.Warning, Wrap = true }]) { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
        }

        if (preview.Changes.Count == 0)
        {
            body.Add(Heading($"{preview.DirectionLabel}: already in step, nothing would change"));
            return;
        }

        body.Add(Heading($"{preview.DirectionLabel} would change {(preview.Changes.Count == 1 ? "1 field" : $"{preview.Changes.Count} fields")}"));
        body.Add(new FactSet([.. preview.Changes.Select(c => new Fact(c.Field, $"{Show(c.OldValue)} -> {Show(c.NewValue)}"))]));
    }
}
