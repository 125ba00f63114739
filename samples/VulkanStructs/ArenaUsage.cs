using ParamArena;

namespace VulkanStructs;

/// <summary>Reads how much of the calling thread's arena the Vulkan calls used.</summary>
public static class ArenaUsage
{
    /// <summary>The most bytes the calling thread's arena has held at once.</summary>
    public static long HighWaterMark() => Arena.ForCurrentThread.Stats.HighWaterMark;
}
