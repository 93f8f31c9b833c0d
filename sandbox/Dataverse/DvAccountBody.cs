using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// Validates an account request body the way Dataverse does: unknown or read-only columns, wrong JSON types,
/// option-set values out of range and over-long text are errors; empty text is stored as null; lookups are
/// written with <c>nav@odata.bind</c> (<c>"/systemusers(guid)"</c>); other annotations are ignored.
/// </summary>
public static partial class DvAccountBody
{
    private static readonly Dictionary<string, int[]> OptionSets = new(StringComparer.Ordinal)
    {
        ["statecode"] = [0, 1],
        ["statuscode"] = [1, 2],
        ["paymenttermscode"] = [1, 2, 3, 4],
        ["customertypecode"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    };

    /// <summary>Every column null (the starting point of a new row).</summary>
    public static ImmutableDictionary<string, object?> Empty() =>
        DvSchema.Account.Columns.ToImmutableDictionary(c => c.Name, _ => (object?)null, StringComparer.Ordinal);

    /// <summary>Applies the body to <paramref name="values"/>.</summary>
    public static ImmutableDictionary<string, object?> Apply(ImmutableDictionary<string, object?> values, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(values);
        var stateGiven = false;
        var statusGiven = false;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                var (column, target) = Bind(property.Name[..^"@odata.bind".Length], property.Value);
                values = values.SetItem(column, target);
                continue;
            }

            if (property.Name.StartsWith('@') || property.Name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var definition = DvSchema.Account.Find(property.Name);
            if (definition is null || definition.ReadOnly)
            {
                throw DvErrors.Payload("accounts", definition is null
                    ? $"The property '{property.Name}' does not exist on type 'Microsoft.Dynamics.CRM.account'. Make sure to only use property names that are defined by the type or mark the type as open type."
                    : $"The property '{property.Name}' is read-only and cannot be set.");
            }

            if (!JsonValues.TryRead(property.Value, definition.Type, out var value))
            {
                throw DvErrors.Payload("accounts",
                    $"Cannot convert the literal '{property.Value.GetRawText()}' to the expected type '{JsonValues.EdmName(definition.Type)}'.");
            }

            values = values.SetItem(definition.Name, Validate(definition, value));
            stateGiven |= definition.Name == "statecode";
            statusGiven |= definition.Name == "statuscode";
        }

        if (stateGiven && !statusGiven && values["statecode"] is int state)
        {
            values = values.SetItem("statuscode", state == 0 ? 1 : 2);
        }

        return values;
    }

    private static object? Validate(Column column, object? value)
    {
        if (value is string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (column.MaxLength is { } max && text.Length > max)
            {
                throw new ApiException(400, "0x80044331",
                    $"A validation error occurred. The length of the '{column.Name}' attribute of the 'account' entity exceeded the maximum allowed length of '{max}'.");
            }
        }

        if (value is int option && OptionSets.TryGetValue(column.Name, out var allowed) && !allowed.Contains(option))
        {
            throw new ApiException(400, "0x8004431a",
                $"A validation error occurred. The value {option} of '{column.Name}' on record of type 'account' is outside the valid range.");
        }

        return value;
    }

    private static (string Column, Guid? Target) Bind(string navigation, JsonElement value)
    {
        var lookup = DvSchema.AccountLookups.FirstOrDefault(l => l.Navigation == navigation);
        if (lookup.Column is null)
        {
            throw DvErrors.Payload("accounts", $"An undeclared property '{navigation}' which only has property annotations in the payload but no property value was found in the payload.");
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return (lookup.Column, null);
        }

        var match = value.ValueKind == JsonValueKind.String ? BindPattern().Match(value.GetString()!) : Match.Empty;
        if (!match.Success || !lookup.Sets.Contains(match.Groups["set"].Value) || !Guid.TryParse(match.Groups["id"].Value, out var id))
        {
            throw DvErrors.Payload("accounts", $"The value of '{navigation}@odata.bind' must be a reference like '/{lookup.Sets[0]}(<guid>)'.");
        }

        return (lookup.Column, id);
    }

    [GeneratedRegex(@"(^|/)(?<set>[a-z_]+)\((?<id>[0-9a-fA-F-]{36})\)$")]
    private static partial Regex BindPattern();
}
