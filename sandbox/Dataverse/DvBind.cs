using System.Text.Json;
using System.Text.RegularExpressions;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// Reads a lookup reference: <c>"/accounts(guid)"</c>, <c>"accounts(guid)"</c> or an absolute URL ending so. The
/// navigation must be one of the table's, the set the one it points to, and the record must exist (else 404
/// <c>0x80040217</c>, as Dataverse answers for a missing related record); <c>null</c> clears the lookup.
/// </summary>
public static partial class DvBind
{
    /// <summary>The lookup column to set and its new value.</summary>
    public static (string Column, Guid? Target) Read(DvEntitySet set, StoreSnapshot snapshot, string navigation, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(snapshot);
        var lookup = set.Lookups.FirstOrDefault(l => l.Navigation == navigation) ?? throw DvErrors.Payload(set.Name,
            $"An undeclared property '{navigation}' which only has property annotations in the payload but no property value was found in the payload.");
        if (value.ValueKind == JsonValueKind.Null)
        {
            return (lookup.Column, null);
        }

        var reference = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        return (lookup.Column, Target(set, lookup, snapshot, reference));
    }

    /// <summary>The id a reference names, checked against the lookup's target set and the stored rows.</summary>
    public static Guid Target(DvEntitySet set, DvLookup lookup, StoreSnapshot snapshot, string reference)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(reference);
        var match = Pattern().Match(reference);
        if (!match.Success || match.Groups["set"].Value != lookup.TargetSet || !Guid.TryParseExact(match.Groups["id"].Value, "D", out var id))
        {
            throw DvErrors.Payload(set.Name, $"The value of '{lookup.Navigation}@odata.bind' must be a reference like '/{lookup.TargetSet}(<guid>)'.");
        }

        if (!snapshot.Table(lookup.TargetSet).ContainsKey(id))
        {
            throw DvErrors.NotFound(DvEntitySets.Find(lookup.TargetSet)!.LogicalName, id);
        }

        return id;
    }

    [GeneratedRegex(@"(^|/)(?<set>[a-z_]+)\((?<id>[^)]*)\)$")]
    private static partial Regex Pattern();
}
