using ParamArena;

// The Vulkan loader's name on each platform; the global commands in Vk name "vulkan".
[assembly: ArenaLibrary("vulkan", "vulkan-1.dll", "libvulkan.so.1", "libvulkan.1.dylib")]
