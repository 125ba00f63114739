using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: buffers and device memory.</summary>
public sealed unsafe partial class DeviceCommands
{
    /// <summary>vkCreateBuffer.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateBuffer", Required = true)]
    public partial Result CreateBuffer(Device device, in BufferCreateInfo createInfo, AllocationCallbacks* allocator, out Buffer buffer);

    /// <summary>vkDestroyBuffer.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyBuffer", Required = true)]
    public partial void DestroyBuffer(Device device, Buffer buffer, AllocationCallbacks* allocator);

    /// <summary>vkGetBufferMemoryRequirements.</summary>
    [ArenaMarshal(EntryPoint = "vkGetBufferMemoryRequirements", Required = true)]
    public partial void GetBufferMemoryRequirements(Device device, Buffer buffer, out MemoryRequirements memoryRequirements);

    /// <summary>vkAllocateMemory.</summary>
    [ArenaMarshal(EntryPoint = "vkAllocateMemory", Required = true)]
    public partial Result AllocateMemory(Device device, in MemoryAllocateInfo allocateInfo, AllocationCallbacks* allocator, out DeviceMemory memory);

    /// <summary>vkFreeMemory.</summary>
    [ArenaMarshal(EntryPoint = "vkFreeMemory", Required = true)]
    public partial void FreeMemory(Device device, DeviceMemory memory, AllocationCallbacks* allocator);

    /// <summary>vkBindBufferMemory.</summary>
    [ArenaMarshal(EntryPoint = "vkBindBufferMemory", Required = true)]
    public partial Result BindBufferMemory(Device device, Buffer buffer, DeviceMemory memory, ulong memoryOffset);

    /// <summary>vkMapMemory: <paramref name="data"/> receives the host address of the mapped range.</summary>
    [ArenaMarshal(EntryPoint = "vkMapMemory", Required = true)]
    public partial Result MapMemory(Device device, DeviceMemory memory, ulong offset, ulong size, uint flags, out void* data);

    /// <summary>vkUnmapMemory.</summary>
    [ArenaMarshal(EntryPoint = "vkUnmapMemory", Required = true)]
    public partial void UnmapMemory(Device device, DeviceMemory memory);
}
