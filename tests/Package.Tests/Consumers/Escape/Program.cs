using System;
using ParamArena;

// A pointer into the arena returned past the end of its lease: the package's analyzers must report it.
unsafe
{
    byte* name = Names.Stage("escapes");
    Console.WriteLine((nint)name);
}

public static unsafe class Names
{
    public static byte* Stage(string value)
    {
        using var lease = ArenaLease.Rent();
        byte* staged = lease.Utf8(value);
        return staged;
    }
}
