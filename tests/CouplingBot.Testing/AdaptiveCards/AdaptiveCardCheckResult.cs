namespace CouplingBot.Testing.AdaptiveCards;

/// <summary>What the official renderer and our own checks found in one card.</summary>
/// <param name="Index">The card's position in the checked batch.</param>
/// <param name="Errors">Problems that would break or change the card in Teams.</param>
/// <param name="Warnings">Hints and renderer notices.</param>
public sealed record AdaptiveCardCheckResult(int Index, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"card {Index}: {Errors.Count} error(s){string.Concat(Errors.Select(e => "\n  error: " + e))}{string.Concat(Warnings.Select(w => "\n  warning: " + w))}";
}
