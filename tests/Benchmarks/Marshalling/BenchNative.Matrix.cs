using System;
using System.Runtime.InteropServices;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

// The small calls of issue 15's matrix (SmallCallMatrixBenchmarks), each declared every way the matrix compares.
public static unsafe partial class BenchNative
{
    // ParamArena
    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_utf16", StringMarshalling = StringMarshalling.Utf16)]
    internal static partial void ArenaUtf16(string s);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_two_strings")]
    internal static partial void ArenaTwoStrings(string a, string b, int flags, out int result);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_span")]
    internal static partial void ArenaSpan(ReadOnlySpan<int> data, int count);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_object_name")]
    internal static partial void ArenaObjectName(in ObjectNameShape nameInfo);

    // LibraryImport
    [LibraryImport(BenchLibrary.Name, EntryPoint = "bench_noop_utf16", StringMarshalling = StringMarshalling.Utf16)]
    internal static partial void LibraryImportUtf16(string s);

    [LibraryImport(BenchLibrary.Name, EntryPoint = "bench_two_strings", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void LibraryImportTwoStrings(string a, string b, int flags, out int result);

    [LibraryImport(BenchLibrary.Name, EntryPoint = "bench_noop_span")]
    internal static partial void LibraryImportSpan(ReadOnlySpan<int> data, int count);

    // Raw blittable entry points for the hand-written code
    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_utf16", ExactSpelling = true)]
    internal static extern void RawUtf16(char* s);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_two_strings", ExactSpelling = true)]
    internal static extern void RawTwoStrings(byte* a, byte* b, int flags, int* result);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_span", ExactSpelling = true)]
    internal static extern void RawSpan(int* data, int count);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_object_name", ExactSpelling = true)]
    internal static extern void RawObjectName(DebugUtilsObjectNameInfoEXT* nameInfo);
}

/// <summary>VkDebugUtilsObjectNameInfoEXT as a shape: an <c>in</c> struct with one string.</summary>
[ArenaStruct]
public unsafe partial struct ObjectNameShape
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public void* PNext;

    /// <summary>objectType.</summary>
    public ObjectType ObjectType;

    /// <summary>objectHandle.</summary>
    public ulong ObjectHandle;

    /// <summary>pObjectName.</summary>
    public string? ObjectName;
}
