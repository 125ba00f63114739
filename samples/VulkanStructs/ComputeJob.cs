using System;

namespace VulkanStructs;

/// <summary>
/// The sample's job, shared by the console program and the CI test: set up Vulkan, dispatch the
/// compute shader twice (a warm-up, then a run whose managed allocations are measured), verify
/// every element of both runs, and report what happened.
/// </summary>
public static class ComputeJob
{
    /// <summary>Runs the job.</summary>
    /// <param name="options">What to compute and how strictly.</param>
    /// <exception cref="VulkanUnavailableException">The machine has no Vulkan loader, driver or suitable device.</exception>
    /// <exception cref="VulkanException">A Vulkan command failed.</exception>
    public static ComputeJobResult Run(ComputeJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ElementCount, nameof(options.ElementCount));

        long mismatches;
        long managedBytes;
        string deviceName, deviceType, apiVersion;
        bool validation, synchronizationValidation;
        using (VulkanContext context = VulkanContext.Create(options))
        {
            validation = context.ValidationEnabled;
            synchronizationValidation = context.SynchronizationValidationEnabled;
            deviceName = context.Properties.GetDeviceName();
            deviceType = context.Properties.DeviceType.ToString();
            apiVersion = Vulkan.VkVersion.Format(context.Properties.ApiVersion);
            ComputeJobPlan plan = new(context, options);

            // The first run warms up: JIT, first-use initialization in the runtime, the arena's first page.
            mismatches = ComputeDispatch.Run(context, plan, seed: 1);

            long before = GC.GetAllocatedBytesForCurrentThread();
            mismatches += ComputeDispatch.Run(context, plan, seed: 2);
            managedBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

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
