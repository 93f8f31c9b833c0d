using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace CouplingBot.Engine.Hosting;

/// <summary>
/// A time-span setting must lie between <see cref="Minimum"/> and <see cref="Maximum"/>, both included (no value is valid).
/// Used instead of <c>[Range(typeof(TimeSpan), ...)]</c>: that attribute converts its bounds in place on first use, so two
/// hosts in one process validating their options at the same moment can get an InvalidCastException
/// (dotnet/runtime#1143). The bounds here are parsed once, when the attribute is made.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    /// <summary>The least valid value.</summary>
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    /// <summary>The greatest valid value.</summary>
    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool IsValid(object? value) => value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, "The field {0} must be between {1} and {2}.", name, Minimum, Maximum);
}
