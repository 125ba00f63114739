using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>VkApplicationInfo as a shape.</summary>
[ArenaStruct]
public unsafe partial struct AppInfoShape
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public void* PNext;

    /// <summary>pApplicationName.</summary>
    public string? ApplicationName;

    /// <summary>applicationVersion.</summary>
    public uint ApplicationVersion;

    /// <summary>pEngineName.</summary>
    public string? EngineName;

    /// <summary>engineVersion.</summary>
    public uint EngineVersion;

    /// <summary>apiVersion.</summary>
    public uint ApiVersion;
}

/// <summary>VkDebugUtilsMessengerCreateInfoEXT as a shape (the pNext struct).</summary>
[ArenaStruct]
public unsafe partial struct DebugMessengerShape
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public void* PNext;

    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>messageSeverity.</summary>
    public DebugUtilsMessageSeverityFlagsEXT MessageSeverity;

    /// <summary>messageType.</summary>
    public DebugUtilsMessageTypeFlagsEXT MessageType;

    /// <summary>pfnUserCallback.</summary>
    public void* UserCallback;

    /// <summary>pUserData.</summary>
    public void* UserData;
}

/// <summary>VkInstanceCreateInfo as a shape.</summary>
[ArenaStruct]
public unsafe partial struct InstanceInfoShape
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext: a debug messenger create info.</summary>
    public DebugMessengerShape? PNext;

    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>pApplicationInfo.</summary>
    public AppInfoShape? ApplicationInfo;

    /// <summary>ppEnabledLayerNames.</summary>
    [ArenaCount("EnabledLayerCount")]
    public string[]? EnabledLayerNames;

    /// <summary>ppEnabledExtensionNames.</summary>
    [ArenaCount("EnabledExtensionCount")]
    public string[]? EnabledExtensionNames;
}

/// <summary>VkDeviceQueueCreateInfo as a shape.</summary>
[ArenaStruct]
public unsafe partial struct QueueInfoShape
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public void* PNext;

    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>queueFamilyIndex.</summary>
    public uint QueueFamilyIndex;

    /// <summary>pQueuePriorities, with queueCount before it.</summary>
    [ArenaCount("QueueCount")]
    public float[]? QueuePriorities;
}

/// <summary>VkDeviceCreateInfo as a shape.</summary>
[ArenaStruct]
public unsafe partial struct DeviceInfoShape
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public void* PNext;

    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>pQueueCreateInfos.</summary>
    [ArenaCount("QueueCreateInfoCount")]
    public QueueInfoShape[]? QueueCreateInfos;

    /// <summary>ppEnabledLayerNames.</summary>
    [ArenaCount("EnabledLayerCount")]
    public string[]? EnabledLayerNames;

    /// <summary>ppEnabledExtensionNames.</summary>
    [ArenaCount("EnabledExtensionCount")]
    public string[]? EnabledExtensionNames;

    /// <summary>pEnabledFeatures.</summary>
    public PhysicalDeviceFeatures* EnabledFeatures;
}
