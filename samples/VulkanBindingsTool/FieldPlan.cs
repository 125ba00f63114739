namespace VulkanBindingsTool;

/// <summary>One struct member's C# declaration: kind, type, name, for arrays the count field and unit, for fixed-length fields the length.</summary>
public sealed record FieldPlan(Member Member, FieldKind Kind, string Type, string Name, string? CountField = null, bool CountInBytes = false,
    int? FixedCount = null);
