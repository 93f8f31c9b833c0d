namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The <c>Mappings</c> configuration section: overrides of the shipped mappings by mapping name,
/// e.g. <c>Mappings:CUSTOMER:ConflictRule = SalesWins</c>,
/// <c>Mappings:CUSTOMER:Fields:Credit limit:Direction = Bidirectional</c>.
/// </summary>
public sealed class MappingOptions : Dictionary<string, TableMappingOverride>
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mappings";

    /// <summary>No overrides; mapping names compare case-insensitively.</summary>
    public MappingOptions()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}

/// <summary>Overrides of one mapping; what is not set keeps the shipped value.</summary>
public sealed class TableMappingOverride
{
    /// <summary>The conflict rule.</summary>
    public ConflictRule? ConflictRule { get; set; }

    /// <summary>The deleted-counterpart rule.</summary>
    public DeletedCounterpartRule? DeletedCounterpartRule { get; set; }

    /// <summary>Synchronize only coupled records (true) or create new counterparts (false).</summary>
    public bool? SynchronizeOnlyCoupled { get; set; }

    /// <summary>Field overrides by field label, Business Central field or Sales column (case-insensitive).</summary>
    public Dictionary<string, FieldOverride> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Filters added to the Business Central side.</summary>
    public List<FilterOverride> BusinessCentralFilters { get; } = [];

    /// <summary>Filters added to the Sales side.</summary>
    public List<FilterOverride> SalesFilters { get; } = [];
}

/// <summary>Overrides of one field.</summary>
public sealed class FieldOverride
{
    /// <summary>The direction.</summary>
    public FieldDirection? Direction { get; set; }

    /// <summary>False turns the field off; true turns a field shipped off on.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Clear the target instead of failing when a lookup's record is not coupled.</summary>
    public bool? ClearWhenNotCoupled { get; set; }

    /// <summary>What an empty Business Central lookup value stands for, e.g. the local currency code <c>GBP</c> (see <see cref="FieldMapping.EmptyMeans"/>).</summary>
    public string? EmptyMeans { get; set; }
}

/// <summary>A filter added by configuration (see <see cref="RecordFilter"/>).</summary>
public sealed class FilterOverride
{
    /// <summary>The field tested.</summary>
    public string Field { get; set; } = "";

    /// <summary>The values that pass (or, with <see cref="Excludes"/>, fail).</summary>
    public List<string> Values { get; } = [];

    /// <summary>True when the values are the ones that fail.</summary>
    public bool Excludes { get; set; }

    /// <summary>What passing means, in words; defaults to the condition.</summary>
    public string? Description { get; set; }
}
