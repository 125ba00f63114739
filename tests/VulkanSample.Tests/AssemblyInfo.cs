using Xunit;

// The debug messenger's counters are process-wide, so Vulkan tests must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
