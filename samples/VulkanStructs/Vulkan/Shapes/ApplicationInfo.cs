using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkApplicationInfo: who is creating the instance and which Vulkan version it targets.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.ApplicationInfo)]
public unsafe partial struct ApplicationInfo
{
    /// <summary>The application's name (staged as <c>const char* pApplicationName</c>).</summary>
    public string? ApplicationName;
    /// <summary>The application's version.</summary>
    public uint ApplicationVersion;
    /// <summary>The engine's name (staged as <c>const char* pEngineName</c>).</summary>
    public string? EngineName;
    /// <summary>The engine's version.</summary>
    public uint EngineVersion;
    /// <summary>The highest Vulkan version the application uses (<see cref="VkVersion.Make"/>).</summary>
    public uint ApiVersion;
}
