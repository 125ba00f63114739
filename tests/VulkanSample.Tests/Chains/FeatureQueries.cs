using ParamArena;
using VulkanBindings;
using VulkanStructs;

namespace VulkanSample.Tests.Chains;

/// <summary>The Vulkan 1.1 feature query, an output chain, declared for the chain tests (the sample does not call it).</summary>
public static unsafe partial class FeatureQueries
{
    /// <summary>vkGetPhysicalDeviceFeatures2: fills the head and every feature struct chained after it.</summary>
    [ArenaMarshal(VulkanContext.LoaderLibrary, EntryPoint = "vkGetPhysicalDeviceFeatures2")]
    public static partial void GetPhysicalDeviceFeatures2<TChain>(PhysicalDevice physicalDevice, ref TChain features)
        where TChain : struct, IArenaChain<TChain, PhysicalDeviceFeatures2>;
}
