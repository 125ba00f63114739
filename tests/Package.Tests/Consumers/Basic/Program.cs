using System;
using System.Text;
using ParamArena;

// A consumer of the ParamArena package: one [ArenaMarshal] call into libc with a string, and one
// with an array of [ArenaStruct] shapes (writev's iovec: a byte[] becomes a pointer and a size_t length).
unsafe
{
    nuint length = LibC.StrLen("héllo, arena");
    Console.WriteLine($"strlen={length}");

    var pieces = new[]
    {
        new IoVec { Data = Encoding.UTF8.GetBytes("written ") },
        new IoVec { Data = Encoding.UTF8.GetBytes("by writev\n") },
    };
    Console.Out.Flush();
    nint written = LibC.WriteV(1, pieces);
    Console.WriteLine($"writev={written}");
    return length == 13 && written == 18 ? 0 : 1;
}

/// <summary>struct iovec { void* iov_base; size_t iov_len; }</summary>
[ArenaStruct]
public partial struct IoVec
{
    [ArenaCount("Length", CountType = typeof(nuint), Position = ArenaCountPosition.AfterPointer, InBytes = true)]
    public byte[]? Data;
}

public static unsafe partial class LibC
{
    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    public static partial nuint StrLen(string text);

    [ArenaMarshal("libc.so.6", EntryPoint = "writev")]
    public static partial nint WriteV(int fd, [ArenaCountParameter(2)] IoVec[] vectors);
}
