using System.Diagnostics.CodeAnalysis;

namespace CouplingBot.Cards.Actions;

/// <summary>The wire values and labels of <see cref="SyncDirectionChoice"/>.</summary>
public static class SyncDirectionChoices
{
    /// <summary>The value sent for <see cref="SyncDirectionChoice.ToSales"/>.</summary>
    public const string ToSalesValue = "toSales";

    /// <summary>The value sent for <see cref="SyncDirectionChoice.FromSales"/>.</summary>
    public const string FromSalesValue = "fromSales";

    /// <summary>Both directions, in the order the cards list them.</summary>
    public static IReadOnlyList<SyncDirectionChoice> All { get; } = [SyncDirectionChoice.ToSales, SyncDirectionChoice.FromSales];

    /// <summary>The value an input sends, e.g. "toSales".</summary>
    public static string ToValue(SyncDirectionChoice direction) => direction switch
    {
        SyncDirectionChoice.ToSales => ToSalesValue,
        SyncDirectionChoice.FromSales => FromSalesValue,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary>What a person reads, e.g. "Business Central -> Sales".</summary>
    public static string Label(SyncDirectionChoice direction) => direction switch
    {
        SyncDirectionChoice.ToSales => "Business Central -> Sales",
        SyncDirectionChoice.FromSales => "Sales -> Business Central",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary>Reads an input value ("toSales" / "fromSales", any case); false when missing or unknown.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SyncDirectionChoice direction)
    {
        if (string.Equals(value, ToSalesValue, StringComparison.OrdinalIgnoreCase))
        {
            direction = SyncDirectionChoice.ToSales;
            return true;
        }

        if (string.Equals(value, FromSalesValue, StringComparison.OrdinalIgnoreCase))
        {
            direction = SyncDirectionChoice.FromSales;
            return true;
        }

        direction = default;
        return false;
    }
}
