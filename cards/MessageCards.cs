using CouplingBot.Cards.Model;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards that only talk: help and problems.</summary>
public static class MessageCards
{
    private const string DefaultNextStep = "Try again in a moment. If it keeps happening, send \"help\" to see what I can do.";

    /// <summary>A short help card: each command and what it does.</summary>
    public static AdaptiveCard Help(IReadOnlyList<(string Command, string What)> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);

        List<CardElement> body =
        [
            Title("What I can do"),
            Text("I couple Business Central customers with Dynamics 365 Sales accounts and keep them in step. Send me one of these:"),
        ];
        if (commands.Count > 0)
        {
            body.Add(new FactSet([.. commands.Select(c => new Fact(c.Command, c.What))]));
        }

        return Card("What I can do: " + string.Join("; ", commands.Select(c => c.Command)), body);
    }

    /// <summary>
    /// A problem, said plainly, and always what to do next (a general next step when
    /// <paramref name="nextStep"/> is null).
    /// </summary>
    public static AdaptiveCard Problem(string title, string message, string? nextStep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);

        var next = string.IsNullOrWhiteSpace(nextStep) ? DefaultNextStep : nextStep;
        CardElement[] body =
        [
            new Container([new TextBlock(title) { Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true }, Text(message)])
            {
                Style = ContainerStyle.Attention,
            },
            Heading("What to do next"),
            new TextBlock(next) { Wrap = true, Spacing = Spacing.None },
        ];
        return Card($"{title}. {next}", body);
    }

    /// <summary>A short note that needs no answer, e.g. "Cancelled: nothing was started".</summary>
    public static AdaptiveCard Note(string title, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return Card($"{title}: {message}", [Heading(title), Text(message)]);
    }
}
