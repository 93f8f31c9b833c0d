namespace CouplingBot.Cards.Actions;

/// <summary>The direction a person chooses on a card; the bot maps it to the engine's direction.</summary>
public enum SyncDirectionChoice
{
    /// <summary>Business Central to Sales (<c>"toSales"</c>).</summary>
    ToSales,

    /// <summary>Sales to Business Central (<c>"fromSales"</c>).</summary>
    FromSales,
}
