using System.Globalization;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;

namespace CouplingBot.Cards;

/// <summary>The building blocks the card factories share, so every card looks and reads the same.</summary>
internal static class CardParts
{
    /// <summary>Teams shows at most this many actions in one action set.</summary>
    public const int MaxActions = 6;

    public static AdaptiveCard Card(string fallbackText, IReadOnlyList<CardElement> body, params IReadOnlyList<CardAction> actions)
    {
        if (actions.Count > MaxActions)
        {
            throw new ArgumentException($"Teams shows at most {MaxActions} actions; got {actions.Count}.", nameof(actions));
        }

        return new AdaptiveCard(body)
        {
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = fallbackText,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }

    public static TextBlock Title(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    public static TextBlock Heading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    public static TextBlock Text(string text) => new(text) { Wrap = true };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Wrap = true, Spacing = Spacing.None };

    public static string CustomerTitle(CustomerView customer) => $"{Capitalized(customer.Kind.Noun)} {customer.Number} · {customer.Name}";

    /// <summary>"Sales account Cannon Group" / "Sales contact Anna Lee".</summary>
    public static string SalesRecord(CustomerView customer, string name) => $"Sales {customer.Kind.SalesNoun} {name}";

    public static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    public static FactSet Facts(IEnumerable<RecordFact> facts) =>
        new([.. facts.Select(f => new Fact(f.Label, Show(f.Value)))]);

    public static TextBlock NotCoupled(CustomerView customer) =>
        new($"Not coupled to a Sales {customer.Kind.SalesNoun}") { Color = TextColor.Warning, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    public static TextBlock Coupled(CustomerView customer, CouplingView coupling) =>
        new($"Coupled to {SalesRecord(customer, coupling.SalesAccountName)}") { Color = TextColor.Good, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    public static TextBlock LastSync(CouplingView coupling) => Subtle(
        coupling.LastSyncedAt is { } at
            ? $"Last synchronized {When(at)}" + (string.IsNullOrWhiteSpace(coupling.LastSyncSummary) ? "." : $": {coupling.LastSyncSummary}")
            : "Not synchronized yet.");

    /// <summary>The direction drop-down, "Business Central -> Sales" preselected.</summary>
    public static InputChoiceSet DirectionChoice() =>
        new(CardInputIds.Direction, [.. SyncDirectionChoices.All.Select(d => new Choice(SyncDirectionChoices.Label(d), SyncDirectionChoices.ToValue(d)))])
        {
            Label = "Direction",
            Style = ChoiceInputStyle.Compact,
            Value = SyncDirectionChoices.ToSalesValue,
            IsRequired = true,
            ErrorMessage = "Choose which way to synchronize.",
        };

    public static ActionExecute Execute(string title, string verb, object data, ActionStyle? style = null) =>
        new(title, verb) { Data = data, Style = style };

    /// <summary>A time in UTC, the same for every reader: "12 Mar 2025 at 14:03 UTC".</summary>
    public static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>An empty value as a visible word, so a fact or change never shows blank.</summary>
    public static string Show(string? value) => string.IsNullOrWhiteSpace(value) ? "(empty)" : value;
}
