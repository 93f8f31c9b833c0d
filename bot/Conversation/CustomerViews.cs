using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>Turns engine records into the plain views the cards are built from.</summary>
public static class CustomerViews
{
    private static readonly (string Label, string[] Fields)[] ShownFields =
    [
        ("Address", ["addressLine1", "addressLine2"]),
        ("City", ["city"]),
        ("Post code", ["postalCode"]),
        ("Country", ["country"]),
        ("Phone", ["phoneNumber"]),
        ("E-mail", ["email"]),
        ("Website", ["website"]),
    ];

    /// <summary>A Business Central customer with its key fields (empty ones left out).</summary>
    public static CustomerView Customer(EntityRecord customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var facts = ShownFields
            .Select(f => new RecordFact(f.Label, string.Join(", ", f.Fields.Select(n => customer[n]).OfType<string>().Where(v => v.Trim().Length > 0))))
            .Where(f => f.Value.Length > 0)
            .ToList();
        return new CustomerView(customer["number"] ?? "", customer["displayName"] ?? "(no name)", facts);
    }

    /// <summary>A coupling with its last sync in words.</summary>
    public static CouplingView Coupling(Coupling coupling)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var summary = coupling.LastSync is { } s
            ? $"{Label(s.Direction)} by {s.By}: {Fields(s.FieldsChanged)} written" + s.Failure switch
            {
                { Skipped: true } f => $". Skipped since: failed {f.Count} times with \"{f.Error}\"",
                { } f => $". The last attempt ({When(f.At)}) failed: {f.Error}",
                null => "",
            }
            : null;
        return new CouplingView(coupling.SalesId, coupling.SalesName, coupling.LastSync?.At, summary);
    }

    /// <summary>A ranked Sales account.</summary>
    public static CandidateView Candidate(AccountCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var account = candidate.Record;
        var location = string.Join(", ", new[] { account["address1_city"], account["address1_country"] }.OfType<string>());
        return new CandidateView(account.Id, account["name"] ?? "(no name)", candidate.Score, candidate.Reasons, location.Length > 0 ? location : null);
    }

    /// <summary>What a synchronization wrote, field by field.</summary>
    public static SyncResultView Result(SyncPlan plan, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new SyncResultView(
            Label(plan.Direction),
            [.. plan.Changes.Select(c => new FieldChangeView(c.Field.Label, c.OldValue, c.NewValue))],
            at);
    }

    /// <summary>What a plan would write, field by field, with the advisor's warning; conflicts show Business Central's value against Sales's.</summary>
    public static SyncPreviewView Preview(SyncPlan plan, string? warning)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = SyncPreview.Of(plan);
        return new SyncPreviewView(
            Label(plan.Direction),
            [.. rows.Where(r => r.Written is not null || r.IsConflict).Select(r => new FieldChangeView(r.Label, r.OldValue, r.NewValue))],
            warning,
            SyncDirectionChoices.ToValue(ToChoice(plan.Direction)));
    }

    /// <summary>"Business Central -> Sales", "Sales -> Business Central" or "both ways".</summary>
    public static string Label(SyncDirection direction) =>
        direction == SyncDirection.Automatic ? "both ways" : SyncDirectionChoices.Label(ToChoice(direction));

    /// <summary>The card's direction choice as an engine direction.</summary>
    public static SyncDirection ToDirection(SyncDirectionChoice choice) =>
        choice == SyncDirectionChoice.FromSales ? SyncDirection.FromSales : SyncDirection.ToSales;

    /// <summary>An engine direction as the card's choice.</summary>
    public static SyncDirectionChoice ToChoice(SyncDirection direction) =>
        direction == SyncDirection.FromSales ? SyncDirectionChoice.FromSales : SyncDirectionChoice.ToSales;

    private static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy 'at' HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"1 field" / "3 fields".</summary>
    public static string Fields(int count) => count == 1 ? "1 field" : $"{count} fields";
}
