using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// Validates a customer request body the way BC does: unknown properties, read-only fields, wrong JSON types,
/// nulls, enum values and over-long text are errors; <c>@odata.*</c> annotations are ignored.
/// </summary>
public static class BcCustomerBody
{
    /// <summary>The values of a new customer before the body is applied (BC never has null text).</summary>
    public static ImmutableDictionary<string, object?> Defaults()
    {
        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var column in BcSchema.Customer.Columns)
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

        values["type"] = "Company";
        values["blocked"] = " ";
        return values.ToImmutable();
    }

    /// <summary>Applies the body's fields to <paramref name="values"/>.</summary>
    public static ImmutableDictionary<string, object?> Apply(ImmutableDictionary<string, object?> values, JsonElement body, bool creating)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.StartsWith("@odata.", StringComparison.Ordinal))
            {
                continue;
            }

            var column = BcSchema.Customer.Find(property.Name) ?? throw BcErrors.Bad(
                $"The property '{property.Name}' does not exist on type 'Microsoft.NAV.customer'. Make sure to only use property names that are defined by the type");
            if (!JsonValues.TryRead(property.Value, column.Type, out var value) || value is null)
            {
                throw BcErrors.Bad($"Cannot convert the literal '{property.Value.GetRawText()}' to the expected type '{JsonValues.EdmName(column.Type)}' for property '{column.Name}'");
            }

            var unchangedId = column.Name == "id" && Equals(values["id"], value);
            if (column.ReadOnly || (column.Name == "id" && !creating && !unchangedId))
            {
                throw BcErrors.Bad($"The property '{column.Name}' is read-only and cannot be modified");
            }

            Validate(column, value);
            values = values.SetItem(column.Name, value);
        }

        return values;
    }

    /// <summary>The next free customer number: the highest numeric number plus 10.</summary>
    public static string NextNumber(IEnumerable<Row> customers)
    {
        var highest = customers
            .Select(r => long.TryParse(r["number"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return (highest + 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Refuses a number another customer of the company already has.</summary>
    public static void EnsureUniqueNumber(IEnumerable<Row> customers, Guid id, string number)
    {
        if (customers.Any(r => r.Id != id && string.Equals(r["number"] as string, number, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ApiException(400, "Internal_EntityWithSameKeyExists",
                $"The record in table Customer already exists. Identification fields and values: No.='{number}'");
        }
    }

    private static void Validate(Column column, object value)
    {
        if (value is string text)
        {
            if (column.MaxLength is { } max && text.Length > max)
            {
                throw new ApiException(400, "Application_StringExceededLength",
                    $"The length of the string is {text.Length}, but it must be less than or equal to {max} characters. Value: {text}");
            }

            var allowed = column.Name switch
            {
                "blocked" => BcSchema.BlockedValues,
                "type" => BcSchema.CustomerTypes,
                _ => null,
            };
            if (allowed is not null && !allowed.Contains(text))
            {
                throw new ApiException(400, "Application_FieldValidationException",
                    $"The value '{text}' is not valid for the field '{column.Name}'. Valid values: {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
            }
        }
    }
}
