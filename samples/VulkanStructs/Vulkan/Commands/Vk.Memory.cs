using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: buffers and device memory.</summary>
public static unsafe partial class Vk
{
    /// <summary>vkCreateBuffer.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateBuffer")]
    public static partial Result CreateBuffer(Device device, in BufferCreateInfo createInfo, AllocationCallbacks* allocator, out Buffer buffer);

    /// <summary>vkDestroyBuffer.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyBuffer")]
    public static partial void DestroyBuffer(Device device, Buffer buffer, AllocationCallbacks* allocator);

    /// <summary>vkGetBufferMemoryRequirements.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetBufferMemoryRequirements")]
    public static partial void GetBufferMemoryRequirements(Device device, Buffer buffer, out MemoryRequirements memoryRequirements);

    /// <summary>vkAllocateMemory.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkAllocateMemory")]
    public static partial Result AllocateMemory(Device device, in MemoryAllocateInfo allocateInfo, AllocationCallbacks* allocator, out DeviceMemory memory);

    /// <summary>vkFreeMemory.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkFreeMemory")]
    public static partial void FreeMemory(Device device, DeviceMemory memory, AllocationCallbacks* allocator);

    /// <summary>vkBindBufferMemory.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkBindBufferMemory")]
    public static partial Result BindBufferMemory(Device device, Buffer buffer, DeviceMemory memory, ulong memoryOffset);

    /// <summary>vkMapMemory: <paramref name="data"/> receives the host address of the mapped range.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkMapMemory")]
    public static partial Result MapMemory(Device device, DeviceMemory memory, ulong offset, ulong size, uint flags, out void* data);

    /// <summary>vkUnmapMemory.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkUnmapMemory")]
    public static partial void UnmapMemory(Device device, DeviceMemory memory);
}
