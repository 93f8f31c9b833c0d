using System.Collections.Immutable;
using System.Text.Json;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// Validates a request body of any <see cref="DvEntitySet"/> the way Dataverse does: unknown or read-only columns,
/// wrong JSON types, option-set values out of range and over-long text are errors; empty text is stored as null;
/// lookups are written with <c>nav@odata.bind</c> (cleared with <c>null</c> or <c>"nav": null</c>), see <see cref="DvBind"/>;
/// other annotations are ignored. <c>fullname</c> is composed from first, middle and last name.
/// </summary>
public static class DvBody
{
    /// <summary>Every column null except the set's defaults (the starting point of a new row).</summary>
    public static ImmutableDictionary<string, object?> Empty(DvEntitySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var values = set.Schema.Columns.ToImmutableDictionary(c => c.Name, _ => (object?)null, StringComparer.Ordinal);
        return values.SetItems(set.Defaults);
    }

    /// <summary>Applies the body to <paramref name="values"/>; lookups must point to rows of <paramref name="snapshot"/>.</summary>
    public static ImmutableDictionary<string, object?> Apply(
        DvEntitySet set, StoreSnapshot snapshot, ImmutableDictionary<string, object?> values, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(values);
        var stateGiven = false;
        var statusGiven = false;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                var (column, target) = DvBind.Read(set, snapshot, property.Name[..^"@odata.bind".Length], property.Value);
                values = values.SetItem(column, target);
                continue;
            }

            if (property.Name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            if (set.Lookups.FirstOrDefault(l => l.Navigation == property.Name) is { } lookup)
            {
                values = values.SetItem(lookup.Column, property.Value.ValueKind == JsonValueKind.Null
                    ? null
                    : throw DvErrors.Payload(set.Name, $"Deep insert of '{property.Name}' is not supported by this sandbox; use '{property.Name}@odata.bind'."));
                continue;
            }

            var definition = set.Schema.Find(property.Name);
            if (definition is null || definition.ReadOnly)
            {
                throw DvErrors.Payload(set.Name, definition is null
                    ? $"The property '{property.Name}' does not exist on type '{set.Schema.FullTypeName}'. Make sure to only use property names that are defined by the type or mark the type as open type."
                    : $"The property '{property.Name}' is read-only and cannot be set.");
            }

            if (!JsonValues.TryRead(property.Value, definition.Type, out var value))
            {
                throw DvErrors.Payload(set.Name,
                    $"Cannot convert the literal '{Shorten(property.Value.GetRawText())}' to the expected type '{JsonValues.EdmName(definition.Type)}'.");
            }

            values = values.SetItem(definition.Name, Validate(set, definition, value));
            stateGiven |= definition.Name == "statecode";
            statusGiven |= definition.Name == "statuscode";
        }

        if (stateGiven && !statusGiven && values.GetValueOrDefault("statecode") is int state && set.OptionSets.ContainsKey("statuscode"))
        {
            values = values.SetItem("statuscode", state == 0 ? 1 : 2);
        }

        return set.ComposesFullName ? values.SetItem("fullname", FullName(values)) : values;
    }

    /// <summary>Dataverse's default full-name format: "First Middle Last", null when all are empty.</summary>
    public static string? FullName(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var parts = new[] { "firstname", "middlename", "lastname" }
            .Select(c => values.GetValueOrDefault(c) as string)
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var name = string.Join(' ', parts);
        return name.Length == 0 ? null : name;
    }

    private static object? Validate(DvEntitySet set, Column column, object? value)
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
                    $"A validation error occurred. The length of the '{column.Name}' attribute of the '{set.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
            }
        }

        if (value is int option && set.OptionSets.TryGetValue(column.Name, out var allowed) && !allowed.Contains(option))
        {
            throw new ApiException(400, "0x8004431a",
                $"A validation error occurred. The value {option} of '{column.Name}' on record of type '{set.LogicalName}' is outside the valid range.");
        }

        return value;
    }

    private static string Shorten(string text) => text.Length <= 250 ? text : text[..250] + "...";
}
