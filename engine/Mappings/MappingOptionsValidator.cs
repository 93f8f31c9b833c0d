using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// Start-up check of the <c>Mappings</c> section: the shipped mappings with the overrides applied
/// must be valid (<see cref="MappingValidator"/>), or the host does not start.
/// </summary>
internal sealed class MappingOptionsValidator : IValidateOptions<MappingOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, MappingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (mappings, errors) = MappingOverrides.Apply(MappingCatalog.Default.InDependencyOrder, options);
        var all = errors.Concat(MappingValidator.Validate(mappings)).ToList();
        return all.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(all);
    }
}
