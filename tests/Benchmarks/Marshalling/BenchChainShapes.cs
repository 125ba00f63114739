using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>VkInstanceCreateInfo as a chain head: staging writes sType and pNext.</summary>
[ArenaStruct, ArenaStructureType(StructureType.InstanceCreateInfo)]
public partial struct ChainedInstanceShape
{
    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>pApplicationInfo.</summary>
    public ChainedAppInfoShape? ApplicationInfo;

    /// <summary>ppEnabledLayerNames.</summary>
    [ArenaCount("EnabledLayerCount")]
    public string[]? EnabledLayerNames;

    /// <summary>ppEnabledExtensionNames.</summary>
    [ArenaCount("EnabledExtensionCount")]
    public string[]? EnabledExtensionNames;
}

/// <summary>VkApplicationInfo with its structure type declared.</summary>
[ArenaStruct, ArenaStructureType(StructureType.ApplicationInfo)]
public partial struct ChainedAppInfoShape
{
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

/// <summary>VkDebugUtilsMessengerCreateInfoEXT, a link of instance create-infos.</summary>
[ArenaStruct, ArenaStructureType(StructureType.DebugUtilsMessengerCreateInfoExt), ArenaExtends(typeof(ChainedInstanceShape))]
public unsafe partial struct DebugMessengerLink
{
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

/// <summary>VkValidationFeaturesEXT, a link of instance create-infos.</summary>
[ArenaStruct, ArenaStructureType(StructureType.ValidationFeaturesExt), ArenaExtends(typeof(ChainedInstanceShape))]
public partial struct ValidationFeaturesLink
{
    /// <summary>pEnabledValidationFeatures.</summary>
    [ArenaCount("EnabledValidationFeatureCount")]
    public ValidationFeatureEnableEXT[]? Enabled;

    /// <summary>pDisabledValidationFeatures.</summary>
    [ArenaCount("DisabledValidationFeatureCount")]
    public ValidationFeatureDisableEXT[]? Disabled;
}

/// <summary>VkValidationFlagsEXT, a link of instance create-infos.</summary>
[ArenaStruct, ArenaStructureType(StructureType.ValidationFlagsExt), ArenaExtends(typeof(ChainedInstanceShape))]
public partial struct ValidationFlagsLink
{
    /// <summary>pDisabledValidationChecks.</summary>
    [ArenaCount("DisabledValidationCheckCount")]
    public ValidationCheckEXT[]? DisabledChecks;
}

/// <summary>VkDebugReportCallbackCreateInfoEXT, a link of instance create-infos.</summary>
[ArenaStruct, ArenaStructureType(StructureType.DebugReportCallbackCreateInfoExt), ArenaExtends(typeof(ChainedInstanceShape))]
public unsafe partial struct DebugReportLink
{
    /// <summary>flags.</summary>
    public DebugReportFlagsEXT Flags;

    /// <summary>pfnCallback.</summary>
    public void* Callback;

    /// <summary>pUserData.</summary>
    public void* UserData;
}
