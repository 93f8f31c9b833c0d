using System.Collections.Immutable;
using System.Text.Json;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// Validates a request body of any <see cref="BcEntitySet"/> the way BC does: unknown properties, read-only fields,
/// wrong JSON types, nulls, enum values, over-long text and empty required fields are errors; <c>@odata.*</c>
/// annotations are ignored.
/// </summary>
public static class BcBody
{
    /// <summary>The values of a new record before the body is applied (BC never has null text).</summary>
    public static ImmutableDictionary<string, object?> Defaults(BcEntitySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var column in set.Schema.Columns)
        {
            values[column.Name] = column.Type switch
            {
                ColumnType.String => string.Empty,
                ColumnType.Guid => Guid.Empty,
                ColumnType.Decimal => 0m,
                ColumnType.Boolean => false,
                _ => null,
            };
        }

        foreach (var (name, value) in set.Defaults)
        {
            values[name] = value;
        }

        return values.ToImmutable();
    }

    /// <summary>Applies the body's fields to <paramref name="values"/>.</summary>
    public static ImmutableDictionary<string, object?> Apply(
        BcEntitySet set, ImmutableDictionary<string, object?> values, JsonElement body, bool creating)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.StartsWith("@odata.", StringComparison.Ordinal))
            {
                continue;
            }

            var column = set.Schema.Find(property.Name) ?? throw BcErrors.Bad(
                $"The property '{property.Name}' does not exist on type '{set.Schema.FullTypeName}'. Make sure to only use property names that are defined by the type");
            if (!JsonValues.TryRead(property.Value, column.Type, out var value) || value is null)
            {
                throw BcErrors.Bad($"Cannot convert the literal '{Shorten(property.Value.GetRawText())}' to the expected type '{JsonValues.EdmName(column.Type)}' for property '{column.Name}'");
            }

            var unchangedId = column.Name == "id" && Equals(values["id"], value);
            if (column.ReadOnly || (column.Name == "id" && !creating && !unchangedId))
            {
                throw BcErrors.Bad($"The property '{column.Name}' is read-only and cannot be modified");
            }

            Validate(set, column, value);
            values = values.SetItem(column.Name, value);
        }

        foreach (var required in set.Required)
        {
            if (values[required] is not string { Length: > 0 })
            {
                throw new ApiException(400, "BadRequest_RequiredParamNotProvided", $"The field '{required}' of {set.TableCaption} must have a value.");
            }
        }

        return values;
    }

    /// <summary>Refuses a <see cref="BcEntitySet.KeyField"/> value another record of the company already has.</summary>
    public static void EnsureUniqueKey(BcEntitySet set, IEnumerable<Row> rows, Guid id, string key)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (rows.Any(r => r.Id != id && string.Equals(r[set.KeyField] as string, key, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ApiException(400, "Internal_EntityWithSameKeyExists",
                $"The record in table {set.TableCaption} already exists. Identification fields and values: {set.KeyCaption}='{key}'");
        }
    }

    private static void Validate(BcEntitySet set, Column column, object value)
    {
        if (value is not string text)
        {
            return;
        }

        if (column.MaxLength is { } max && text.Length > max)
        {
            throw new ApiException(400, "Application_StringExceededLength",
                $"The length of the string is {text.Length}, but it must be less than or equal to {max} characters. Value: {Shorten(text)}");
        }

        if (set.Enums.TryGetValue(column.Name, out var allowed) && !allowed.Contains(text))
        {
            throw new ApiException(400, "Application_FieldValidationException",
                $"The value '{Shorten(text)}' is not valid for the field '{column.Name}'. Valid values: {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
        }
    }

    private static string Shorten(string text) => text.Length <= 250 ? text : text[..250] + "...";
}
