namespace ParamArena;

/// <summary>Where the native count field sits relative to the array's pointer.</summary>
public enum ArenaCountPosition
{
    /// <summary>Just before the pointer (Vulkan's <c>uint32_t count; const T* pItems;</c>).</summary>
    BeforePointer = 0,

    /// <summary>Just after the pointer (<c>const T* items; size_t length;</c>).</summary>
    AfterPointer = 1,
}
