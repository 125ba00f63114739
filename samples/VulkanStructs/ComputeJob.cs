using System;

namespace VulkanStructs;

/// <summary>
/// The sample's job, shared by the console program and the CI test: open Vulkan, dispatch the
/// compute shader, verify every element, close Vulkan; twice. The first cycle warms up; the managed
/// allocations of the second, every Vulkan call from vkCreateInstance to vkDestroyInstance, are measured.
/// </summary>
public static class ComputeJob
{
    /// <summary>Runs the job.</summary>
    /// <param name="options">What to compute and how strictly.</param>
    /// <exception cref="ArgumentOutOfRangeException">The element count is not positive, or needs more workgroups than the device dispatches.</exception>
    /// <exception cref="VulkanUnavailableException">The machine has no Vulkan loader, driver or suitable device.</exception>
    /// <exception cref="VulkanException">A Vulkan command failed.</exception>
    public static ComputeJobResult Run(ComputeJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ElementCount, nameof(options.ElementCount));
        ValidationMessenger.Reset(options.Verbose);

        using VulkanContext context = new();

        // Cycle 1 warms up: JIT, first-use initialization in the runtime, the arena's first page.
        context.Open(options);
        string deviceName = context.DeviceName();
        string deviceType = context.Properties.DeviceType.ToString();
        string apiVersion = VulkanVersion.Format(context.Properties.ApiVersion);
        bool validation = context.ValidationEnabled;
        bool synchronizationValidation = context.SynchronizationValidationEnabled;
        ComputeJobPlan plan = new(context, options);
        long mismatches = ComputeDispatch.Run(context, plan, seed: 1);
        context.Close();

        // Cycle 2 is measured: the same calls, the same plan (the same device comes first again).
        long before = GC.GetAllocatedBytesForCurrentThread();
        context.Open(options);
        mismatches += ComputeDispatch.Run(context, plan, seed: 2);
        context.Close();
        long managedBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        return new ComputeJobResult
        {
            DeviceName = deviceName,
            DeviceType = deviceType,
            ApiVersion = apiVersion,
            ElementCount = options.ElementCount,
            Runs = 2,
            Mismatches = mismatches,
            ValidationEnabled = validation,
            SynchronizationValidationEnabled = synchronizationValidation,
            // Read after vkDestroyInstance: the messenger chained into the create-info covers it too.
            ValidationMessages = ValidationMessenger.Problems,
            InfoMessages = ValidationMessenger.Infos,
            ArenaHighWaterMark = ArenaUsage.HighWaterMark(),
            ManagedBytesAfterWarmUp = managedBytes,
        };
    }
}
