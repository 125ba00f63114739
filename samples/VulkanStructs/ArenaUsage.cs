namespace VulkanStructs;

/// <summary>Reads how much of the calling thread's arena the Vulkan calls used.</summary>
public static class ArenaUsage
{
    /// <summary>The most bytes the calling thread's arena has held at once, or -1 when the runtime cannot say.</summary>
    // TEMPORARY: the placeholder Arena on this branch has no statistics. When the arena branch's
    // Arena.Stats reaches main this becomes: Arena.ForCurrentThread.Stats.HighWaterMark.
    public static long HighWaterMark() => -1;
}
