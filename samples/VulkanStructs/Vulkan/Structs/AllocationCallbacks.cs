namespace VulkanStructs.Vulkan;

/// <summary>VkAllocationCallbacks: host allocation hooks. The sample always passes null (the driver's own allocator).</summary>
public unsafe struct AllocationCallbacks
{
    /// <summary>Passed back to every callback.</summary>
    public void* UserData;
    /// <summary>PFN_vkAllocationFunction.</summary>
    public void* PfnAllocation;
    /// <summary>PFN_vkReallocationFunction.</summary>
    public void* PfnReallocation;
    /// <summary>PFN_vkFreeFunction.</summary>
    public void* PfnFree;
    /// <summary>PFN_vkInternalAllocationNotification.</summary>
    public void* PfnInternalAllocation;
    /// <summary>PFN_vkInternalFreeNotification.</summary>
    public void* PfnInternalFree;
}
