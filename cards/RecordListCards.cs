using System.Globalization;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards that list records: several matches to pick from, and records with problems to retry.</summary>
public static class RecordListCards
{
    /// <summary>At most this many rows per list, so a card stays small and readable; the rest are counted.</summary>
    public const int MaxRows = 15;

    /// <summary>
    /// Several records match a name: one row each with a button that runs the typed command
    /// (<paramref name="command"/>, e.g. "couple") on that record.
    /// </summary>
    public static AdaptiveCard Pick(string recordKind, string name, string command, string buttonTitle, IReadOnlyList<RecordChoiceView> choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordKind);
        ArgumentNullException.ThrowIfNull(choices);
        List<CardElement> body =
        [
            Title($"{choices.Count} {recordKind}s match \"{name}\""),
            Text($"Pick the {recordKind} you mean."),
        ];
        foreach (var choice in choices.Take(MaxRows))
        {
            var label = $"**{choice.Number}** · {choice.Name}" + (string.IsNullOrWhiteSpace(choice.Detail) ? "" : $" · {choice.Detail}");
            body.Add(Row(label, Execute(buttonTitle, CardVerbs.PickRecord, new PickRecordData(recordKind, choice.Number, command))));
        }

        AddMore(body, choices.Count, $"Type more of the name, or the {recordKind} number, to narrow it down.");
        return Card($"{choices.Count} {recordKind}s match \"{name}\": " + string.Join(", ", choices.Take(MaxRows).Select(c => $"{c.Number} {c.Name}")), body);
    }

    /// <summary>Records that failed or were skipped, each with the reason and a <b>Retry</b> button when it can help.</summary>
    public static AdaptiveCard Problems(string title, IReadOnlyList<ProblemRecordView> problems, string noneText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(problems);
        List<CardElement> body = [Title(title)];
        if (problems.Count == 0)
        {
            body.Add(new TextBlock(noneText) { Color = TextColor.Good, Wrap = true });
            return Card($"{title}: {noneText}", body);
        }

        foreach (var problem in problems.Take(MaxRows))
        {
            var when = problem.At is { } at ? $" ({When(at)})" : "";
            List<CardElement> items =
            [
                new TextBlock($"**{Capitalized(problem.RecordKind)} {problem.Number}**{when}") { Wrap = true },
                new TextBlock(problem.Reason) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            ];
            body.Add(problem.CanRetry
                ? Row(items, Execute("Retry", CardVerbs.RetryRecord, new RecordData(problem.RecordKind, problem.Number)))
                : new Container(items) { Separator = true });
        }

        AddMore(body, problems.Count, "Retry these first, then send the command again to see the rest.");
        return Card($"{title}: {problems.Count} record(s). " + string.Join("; ", problems.Take(MaxRows).Select(p => $"{p.Number}: {p.Reason}")), body);
    }

    private static ColumnSet Row(string text, ActionExecute action) => Row([new TextBlock(text) { Wrap = true }], action);

    private static ColumnSet Row(IReadOnlyList<CardElement> items, ActionExecute action) =>
        new([new Column(items) { Width = Column.StretchWidth }, new Column([new ActionSet([action])]) { Width = Column.AutoWidth }]) { Separator = true };

    private static void AddMore(List<CardElement> body, int count, string hint)
    {
        if (count > MaxRows)
        {
            body.Add(Subtle(string.Create(CultureInfo.InvariantCulture, $"And {count - MaxRows} more. {hint}")));
        }
    }
}
