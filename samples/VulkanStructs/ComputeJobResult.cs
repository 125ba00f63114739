namespace VulkanStructs;

/// <summary>What one run of <see cref="ComputeJob"/> found.</summary>
public sealed class ComputeJobResult
{
    /// <summary>The physical device's name (for example "llvmpipe (LLVM 15.0.6, 256 bits)").</summary>
    public required string DeviceName { get; init; }

    /// <summary>The device type, as VkPhysicalDeviceType's name (Cpu for lavapipe).</summary>
    public required string DeviceType { get; init; }

    /// <summary>The device's Vulkan version, <c>major.minor.patch</c>.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>How many elements each dispatch processed.</summary>
    public required int ElementCount { get; init; }

    /// <summary>How many times the job was dispatched (a warm-up run, then the measured run).</summary>
    public required int Runs { get; init; }

    /// <summary>Output elements that differed from <c>input * factor + offset</c>, summed over every run.</summary>
    public required long Mismatches { get; init; }

    /// <summary>True when every element of every run was correct.</summary>
    public bool Verified => Mismatches == 0;

    /// <summary>True when VK_LAYER_KHRONOS_validation was enabled.</summary>
    public required bool ValidationEnabled { get; init; }

    /// <summary>True when the layer's synchronization validation was on as well.</summary>
    public required bool SynchronizationValidationEnabled { get; init; }

    /// <summary>Warnings and errors the validation layer (or loader) reported through the debug messenger.</summary>
    public required long ValidationMessages { get; init; }

    /// <summary>Informational messages reported through the debug messenger (not failures).</summary>
    public required long InfoMessages { get; init; }

    /// <summary>The largest number of bytes the thread's arena held at once while staging the Vulkan calls.</summary>
    public required long ArenaHighWaterMark { get; init; }

    /// <summary>Managed bytes the measured (second) run of the job's Vulkan calls allocated; 0 is the goal.</summary>
    public required long ManagedBytesAfterWarmUp { get; init; }
}
