using System;
using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>The structure types of the chain test shapes (see pa_check_chain in paramarena_test.c).</summary>
public enum ChainType : uint
{
    /// <summary><see cref="ChainHead"/>.</summary>
    Head = 1,

    /// <summary><see cref="OtherHead"/>.</summary>
    Other = 2,

    /// <summary><see cref="LinkA"/>.</summary>
    A = 10,

    /// <summary><see cref="LinkB"/>.</summary>
    B = 11,

    /// <summary><see cref="LinkC"/>.</summary>
    C = 12,
}

/// <summary>A chain head: its native struct starts with SType and PNext, which staging writes.</summary>
[ArenaStruct]
[ArenaStructureType(ChainType.Head)]
public partial struct ChainHead
{
    /// <summary>seed * 3.</summary>
    public uint Marker;

    /// <summary>"head-{seed}".</summary>
    public string? Name;
}

/// <summary>A head that only <see cref="LinkA"/> extends.</summary>
[ArenaStruct]
[ArenaStructureType(ChainType.Other)]
public partial struct OtherHead
{
    /// <summary>Anything.</summary>
    public int Value;
}

/// <summary>A leaf link.</summary>
[ArenaStruct]
[ArenaStructureType(ChainType.A)]
[ArenaExtends(typeof(ChainHead), typeof(OtherHead))]
public partial struct LinkA
{
    /// <summary>seed + index.</summary>
    public int Value;
}

/// <summary>A link with a string.</summary>
[ArenaStruct]
[ArenaStructureType(ChainType.B)]
[ArenaExtends(typeof(ChainHead))]
public partial struct LinkB
{
    /// <summary>"link-{seed + index}".</summary>
    public string? Text;

    /// <summary>(seed + index) * 1000000007.</summary>
    public ulong Big;
}

/// <summary>A link with an array and a one-byte bool.</summary>
[ArenaStruct]
[ArenaStructureType((uint)12)]
[ArenaExtends(typeof(ChainHead))]
public partial struct LinkC
{
    /// <summary>(seed + index) % 3 + 1 values, (seed + index) * 10 + j.</summary>
    public int[]? Values;

    /// <summary>(seed + index) is odd.</summary>
    [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.U1)]
    public bool Flag;
}

/// <summary>[ArenaMarshal] declarations that take chains.</summary>
public static unsafe partial class ChainNative
{
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_chain")]
    internal static partial int CheckChain<TChain>(in TChain chain, [ArenaCountParameter(2)] ReadOnlySpan<uint> tags, int seed)
        where TChain : struct, IArenaChain<TChain, ChainHead>;

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_chain")]
    internal static partial int FillChain<TChain>(ref TChain chain)
        where TChain : struct, IArenaChain<TChain, ChainHead>;

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_chain")]
    internal static partial int CheckHead(in ChainHead head, [ArenaCountParameter(2)] ReadOnlySpan<uint> tags, int seed);
}
