// Expect: PA0041
using ParamArena;

namespace Cases.PA0041;

public static unsafe partial class Lib
{
    // getcwd says through its return whether the buffer was big enough; without the return the stub cannot know.
    [ArenaMarshal("libc.so.6", EntryPoint = "getcwd")]
    public static partial void GetCwd([ArenaStringBuffer(1, CapacityType = typeof(nuint))] out string? path);
}
