using System;

namespace ParamArena;

/// <summary>
/// Turns a count-then-fill native function (<c>vkEnumeratePhysicalDevices(instance, &amp;count, NULL)</c>, then again with
/// a buffer; <c>getgroups(0, NULL)</c>, then again with a size) into one call that returns every item. Put it on an
/// <c>out T[]</c> parameter (a managed array, the only allocation), or on an <c>out Span&lt;T&gt;</c> parameter beside an
/// <see cref="ArenaLease"/> or <see cref="NativePool"/> parameter that provides the items' memory (0 managed bytes).
/// The generated stub asks for the count, fills a buffer one item larger than the count, and asks again when the
/// function filled every slot or returned <see cref="IncompleteResult"/>: the count changed between the two calls.
/// </summary>
/// <example>
/// <code>
/// // VkResult vkEnumeratePhysicalDevices(VkInstance, uint32_t* count, VkPhysicalDevice* devices);
/// [ArenaMarshal("vulkan", EntryPoint = "vkEnumeratePhysicalDevices")]
/// static partial Result EnumeratePhysicalDevices(Instance instance,
///     [ArenaEnumerated(1, IncompleteResult = Result.Incomplete)] out PhysicalDevice[] devices);
///
/// // int getgroups(int size, gid_t list[]);
/// [ArenaMarshal("libc", EntryPoint = "getgroups", SetLastError = true)]
/// static partial int GetGroups([ArenaEnumerated(0, CountType = typeof(int), CountReturned = true)] out uint[] groups);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ArenaEnumeratedAttribute : Attribute
{
    /// <summary>Declares where the count goes in the native parameter list.</summary>
    /// <param name="countIndex">The count's zero-based position among the native function's parameters.</param>
    public ArenaEnumeratedAttribute(int countIndex) => CountIndex = countIndex;

    /// <summary>The count's zero-based position among the native function's parameters.</summary>
    public int CountIndex { get; }

    /// <summary>The count's native type: <see cref="uint"/> (default), <see cref="int"/>, <see cref="ulong"/>, <see cref="long"/>, <see cref="nuint"/> or <see cref="nint"/>.</summary>
    public Type CountType { get; set; } = typeof(uint);

    /// <summary>
    /// False (default): the count is passed by pointer, holding the buffer's capacity on the way in and the number of
    /// items written on the way out (Vulkan). True: the count is the buffer's capacity passed by value, and the
    /// function returns the number of items, negative on failure (<c>getgroups</c>); the method returns an integer.
    /// </summary>
    public bool CountReturned { get; set; }

    /// <summary>With the count passed by pointer: the return value that means success (default 0). Any other value
    /// than this and <see cref="IncompleteResult"/> is returned at once, with no items.</summary>
    public object? SuccessResult { get; set; }

    /// <summary>With the count passed by pointer: the return value that means the buffer was too small
    /// (<c>VK_INCOMPLETE</c>); the stub asks for the count again. Null when the function has none.</summary>
    public object? IncompleteResult { get; set; }

    /// <summary>
    /// For items Vulkan requires tagged before it fills them (<c>VkQueueFamilyProperties2</c>): the stub sets each item's
    /// <c>SType</c> field to this value and its <c>PNext</c> field to null before the fill call. Null (default): the items
    /// are not tagged. The items must be blittable structs with an enum or integer <c>SType</c> and a pointer <c>PNext</c>.
    /// </summary>
    public object? ItemTag { get; set; }
}
