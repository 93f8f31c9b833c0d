using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
/// <param name="Items">The elements in the column.</param>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    /// <summary>Width that fits the content.</summary>
    public const string AutoWidth = "auto";

    /// <summary>Width that takes the remaining space.</summary>
    public const string StretchWidth = "stretch";

    /// <summary>Always <c>Column</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    /// <summary><see cref="AutoWidth"/>, <see cref="StretchWidth"/>, a weight ("2") or pixels ("50px").</summary>
    public string? Width { get; init; }

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Space before the column.</summary>
    public Spacing? Spacing { get; init; }
}
