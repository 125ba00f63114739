namespace VulkanBindingsTool;

/// <summary>One struct member's C# declaration: kind, type, name, and for arrays the count field and unit.</summary>
public sealed record FieldPlan(Member Member, FieldKind Kind, string Type, string Name, string? CountField = null, bool CountInBytes = false);
