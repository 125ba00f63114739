namespace VulkanBindingsTool;

/// <summary>
/// One struct member's C# declaration: kind, type, name, for arrays the count field, its unit and whether it keeps the
/// caller's value when every array is null, for fixed-length fields the length.
/// </summary>
public sealed record FieldPlan(Member Member, FieldKind Kind, string Type, string Name, string? CountField = null, bool CountInBytes = false,
    int? FixedCount = null, bool KeepWhenNull = false);
