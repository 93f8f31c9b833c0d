using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>Builds <c>$select</c>: the asked-for columns plus the key and modified-on (when the set has one), each once.</summary>
internal static class SelectList
{
    public static string For(EntitySet set, IReadOnlyCollection<string> fields) =>
        string.Join(',', new[] { set.KeyField, set.ModifiedOnField }.Concat(fields).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal));
}
