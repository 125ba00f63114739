using System;

namespace ParamArena;

/// <summary>
/// Configures the native count that goes with an array field of an <see cref="ArenaStructAttribute"/> shape.
/// Without it, the count is a <see cref="uint"/> named after the field, placed just before the pointer.
/// </summary>
/// <remarks>
/// Fields that name the same count share one native count field (as <c>VkSubmitInfo</c>'s wait
/// semaphores and wait stage masks do); the staging code checks at run time that their lengths agree.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ArenaCountAttribute : Attribute
{
    /// <summary>Names the native count field.</summary>
    /// <param name="name">The count field's name in the generated <c>Native</c> struct.</param>
    public ArenaCountAttribute(string name) => Name = name;

    /// <summary>The count field's name in the generated <c>Native</c> struct.</summary>
    public string Name { get; }

    /// <summary>The count's native type: <see cref="uint"/> (default), <see cref="int"/>, <see cref="ulong"/>, <see cref="long"/>, <see cref="nuint"/>, <see cref="nint"/>, <see cref="ushort"/> or <see cref="byte"/>.</summary>
    public Type CountType { get; set; } = typeof(uint);

    /// <summary>Where the count sits relative to the pointer. Ignored for the second and later fields sharing a count.</summary>
    public ArenaCountPosition Position { get; set; } = ArenaCountPosition.BeforePointer;

    /// <summary>When true the count is a size in bytes (<c>VkShaderModuleCreateInfo.codeSize</c>), not a number of elements.</summary>
    public bool InBytes { get; set; }

    /// <summary>
    /// For a count the shape declares as a field: when every array sharing it is null, staging writes the field's own
    /// value instead of 0, for counts that mean more than an array's length (<c>VkWriteDescriptorSet.descriptorCount</c>
    /// with inline uniform blocks, <c>VkPipelineViewportStateCreateInfo.viewportCount</c> with dynamic viewports).
    /// Every array sharing the count must say the same.
    /// </summary>
    public bool KeepWhenNull { get; set; }
}
