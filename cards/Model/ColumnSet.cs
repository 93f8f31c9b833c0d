namespace CouplingBot.Cards.Model;

/// <summary>Columns side by side.</summary>
/// <param name="Columns">The columns, left to right.</param>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    /// <summary>Element id, for Action.ToggleVisibility.</summary>
    public string? Id { get; init; }

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }
}
