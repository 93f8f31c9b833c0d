namespace CouplingBot.Engine.Mappings;

/// <summary>What <see cref="FieldTransform"/> made of one source value.</summary>
/// <param name="Field">The field the outcome is for.</param>
public abstract record FieldValueOutcome(FieldMapping Field);

/// <summary>The value to write to the target; null clears it.</summary>
/// <param name="Field">The field.</param>
/// <param name="Value">The target value: for a Sales lookup the related record's id (write it with <see cref="DataverseLookup.BindValue"/>).</param>
public sealed record TargetValue(FieldMapping Field, string? Value) : FieldValueOutcome(Field);

/// <summary>A value that cannot be written: the record fails with <see cref="Message"/>, which says what to do.</summary>
/// <param name="Field">The field.</param>
/// <param name="SourceValue">The value that could not be translated.</param>
/// <param name="Message">The failure in words, with what to do about it.</param>
public abstract record FieldValueFailure(FieldMapping Field, string SourceValue, string Message) : FieldValueOutcome(Field);

/// <summary>
/// The value names a related record that is not coupled, so there is nothing to write ("salesperson
/// JO is not coupled to a Sales user"). The record fails with <see cref="Message"/>; coupling the
/// related record, or setting the field to clear when not coupled, fixes it.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Mapping">The mapping whose coupling is missing (<c>SALESPEOPLE</c>).</param>
/// <param name="SourceValue">The value that found no coupling (<c>JO</c>).</param>
/// <param name="Message">The failure in words, with what to do about it.</param>
public sealed record DependencyNotCoupled(FieldMapping Field, string Mapping, string SourceValue, string Message)
    : FieldValueFailure(Field, SourceValue, Message);

/// <summary>The value has no counterpart in the field's option mapping ("payment terms 14 DAYS has no Sales option").</summary>
/// <param name="Field">The field.</param>
/// <param name="SourceValue">The unmapped value.</param>
/// <param name="Message">The failure in words, with what to do about it.</param>
public sealed record NoMatchingOption(FieldMapping Field, string SourceValue, string Message) : FieldValueFailure(Field, SourceValue, Message);
