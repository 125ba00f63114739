using System.Collections.Generic;

namespace ParamArena.Analyzers.Tests;

/// <summary>The snippets of <see cref="FalsePositiveSuiteTests"/>, by name. Each compiles against the runtime and <c>Native</c>.</summary>
internal static class FalsePositiveSnippets
{
    public static readonly Dictionary<string, string> All = new()
    {
        ["CreateInfoStagedAndPassedByAddress"] = """
            unsafe struct CreateInfo { public int SType; public void* Next; public byte* Name; public uint Count; public byte** Names; }
            static unsafe class Vk
            {
                [DllImport("vulkan")] static extern int vkCreate(CreateInfo* info, void* allocator, out nint handle);
                public static nint Create(string name, string[] layers)
                {
                    using var lease = ArenaLease.Rent();
                    CreateInfo info = default;
                    info.SType = 1;
                    info.Name = lease.Utf8(name);
                    info.Count = (uint)layers.Length;
                    info.Names = lease.Utf8Array(layers);
                    vkCreate(&info, null, out nint handle);
                    return handle;
                }
            }
            """,
        ["StringArrayStagedForOneCall"] = """
            static unsafe class Args
            {
                [DllImport("native")] static extern int run(int argc, byte** argv);
                public static int Run(string[] args)
                {
                    using var lease = ArenaLease.Rent();
                    return run(args.Length, lease.Utf8Array(args));
                }
            }
            """,
        ["StackallocBufferFilledByNative"] = """
            static unsafe class Names
            {
                [DllImport("native")] static extern int get_name(byte* buffer, int size);
                public static string Get()
                {
                    byte* buffer = stackalloc byte[256];
                    int n = get_name(buffer, 256);
                    return System.Text.Encoding.UTF8.GetString(buffer, n);
                }
            }
            """,
        ["NativeMemoryReturnedToCaller"] = """
            static unsafe class Buffers
            {
                public static byte* Duplicate(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(s);
                    int n = Native.Length(staged);
                    byte* owned = (byte*)NativeMemory.Alloc((nuint)n + 1);
                    Native.Copy(owned, staged, (nuint)n + 1);
                    return owned;
                }
            }
            """,
        ["HGlobalStoredInField"] = """
            sealed unsafe class Holder : IDisposable
            {
                private nint _buffer;
                public void Fill(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(s);
                    _buffer = Marshal.AllocHGlobal(64);
                    Native.Copy((byte*)_buffer, staged, 64);
                }
                public void Dispose() => Marshal.FreeHGlobal(_buffer);
            }
            """,
        ["StringBuiltFromArenaBytes"] = """
            static unsafe class Strings
            {
                [DllImport("native")] static extern void upper(byte* text);
                public static string Upper(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* text = lease.Utf8(s);
                    upper(text);
                    return new string((sbyte*)text);
                }
            }
            """,
        ["MarshalPtrToStringCopiesOut"] = """
            static unsafe class Strings
            {
                public static string? RoundTrip(string s)
                {
                    using var lease = ArenaLease.Rent();
                    nint text = (nint)lease.Utf8(s);
                    return Marshal.PtrToStringUTF8(text);
                }
            }
            """,
        ["SpanCopiedToArrayAndReturned"] = """
            static class Copies
            {
                public static int[] Squares(int n)
                {
                    using var lease = ArenaLease.Rent();
                    Span<int> values = lease.AllocSpan<int>(n);
                    for (int i = 0; i < n; i++) values[i] = i * i;
                    return values.ToArray();
                }
            }
            """,
        ["FixedArrayPassedToNative"] = """
            static unsafe class Sums
            {
                public static int Sum(int[] values)
                {
                    fixed (int* p = values) return Native.Sum(p, values.Length);
                }
            }
            """,
        ["PointerArithmeticLoopInsideScope"] = """
            static unsafe class Loops
            {
                public static int Checksum(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* p = lease.Utf8(s);
                    int sum = 0;
                    for (byte* q = p; *q != 0; q++) sum += *q;
                    byte* end = p + s.Length;
                    return sum + (int)(end - p);
                }
            }
            """,
        ["VariableReassignedBeforeReturn"] = """
            static unsafe class Pick
            {
                static byte s_empty;
                public static byte* Choose(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* p = lease.Utf8(s);
                    Native.Use(p);
                    fixed (byte* e = &s_empty) p = e;
                    return null;
                }
            }
            """,
        ["LambdaInvokedInsideScope"] = """
            static unsafe class Callbacks
            {
                public static void Each(string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    byte** staged = lease.Utf8Array(names);
                    nint first = (nint)staged[0];
                    Action show = () => Native.UseHandle(first);
                    show();
                    Func<int> measure = () => Native.Length((byte*)first);
                    Console.WriteLine(measure());
                }
            }
            """,
        ["LocalFunctionCalledInsideScope"] = """
            static unsafe class Locals
            {
                public static int Total(string a, string b)
                {
                    using var lease = ArenaLease.Rent();
                    byte* x = lease.Utf8(a);
                    byte* y = lease.Utf8(b);
                    int Length(byte* p) => Native.Length(p);
                    return Length(x) + Length(y);
                }
            }
            """,
        ["LeaseBoundHelperReturnsCallersMemory"] = """
            static unsafe class Staging
            {
                [LeaseBound]
                public static byte** Names(ArenaLease lease, List<string> names)
                {
                    byte** array = (byte**)lease.Alloc<nint>(names.Count);
                    for (int i = 0; i < names.Count; i++) array[i] = lease.Utf8(names[i]);
                    return array;
                }
            }
            """,
        ["HelperWritesCallersLeaseMemoryToOut"] = """
            static unsafe class Staging
            {
                public static void Stage(ArenaLease lease, string s, out byte* text, out int length)
                {
                    text = lease.Utf8(s);
                    length = s.Length;
                }
            }
            """,
        ["StructPassedByReferenceToNative"] = """
            unsafe struct Request { public byte* Path; public int Flags; }
            static unsafe class Files
            {
                [DllImport("native")] static extern int open_request(ref Request request);
                public static int Open(string path)
                {
                    using var lease = ArenaLease.Rent();
                    var request = new Request { Path = lease.Utf8(path), Flags = 2 };
                    return open_request(ref request);
                }
            }
            """,
        ["ManualTryFinallyDispose"] = """
            static unsafe class Manual
            {
                public static int Call(string s)
                {
                    ArenaLease lease = ArenaLease.Rent();
                    try { return Native.Length(lease.Utf8(s)); }
                    finally { lease.Dispose(); }
                }
            }
            """,
        ["NestedLeases"] = """
            static unsafe class Nested
            {
                public static int Call(string outer, string inner)
                {
                    using var a = ArenaLease.Rent();
                    byte* x = a.Utf8(outer);
                    int n;
                    using (var b = ArenaLease.Rent())
                    {
                        byte* y = b.Utf8(inner);
                        n = Native.Length(y);
                    }
                    return n + Native.Length(x);
                }
            }
            """,
        ["ObjectOwningItsArenaKeepsPointers"] = """
            sealed unsafe class Cache : IDisposable
            {
                private readonly Arena _arena = new Arena();
                private byte* _name;
                public void SetName(string s) => _name = _arena.Utf8(s);
                public int Length => Native.Length(_name);
                public void Dispose() => _arena.Dispose();
            }
            """,
        ["ThreadArenaUsedSynchronously"] = """
            static unsafe class Thread
            {
                public static int Call(string s)
                {
                    byte* p = Arena.ForCurrentThread.Utf8(s);
                    return Native.Length(p);
                }
            }
            """,
        ["LeaseClosedBeforeAwait"] = """
            static class Async
            {
                public static async Task<int> CallAsync(string s)
                {
                    int length;
                    unsafe
                    {
                        using var lease = ArenaLease.Rent();
                        length = Native.Length(lease.Utf8(s));
                    }
                    await Task.Yield();
                    return length;
                }
            }
            """,
        ["NativeResultStoredInField"] = """
            sealed unsafe class Device
            {
                [DllImport("native")] static extern nint create_device(byte* name);
                private nint _handle;
                public void Open(string name)
                {
                    using var lease = ArenaLease.Rent();
                    _handle = create_device(lease.Utf8(name));
                }
                public nint Handle => _handle;
            }
            """,
        ["ManagedCopyStoredInField"] = """
            sealed class Snapshot
            {
                private byte[] _bytes = Array.Empty<byte>();
                public void Take(int n)
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> scratch = lease.AllocSpan<byte>(n);
                    scratch.Fill(7);
                    _bytes = scratch.ToArray();
                }
            }
            """,
        ["GCHandlePinnedArrayInField"] = """
            sealed unsafe class Pinned : IDisposable
            {
                private GCHandle _handle;
                private int* _data;
                public Pinned(int[] values)
                {
                    _handle = GCHandle.Alloc(values, GCHandleType.Pinned);
                    _data = (int*)_handle.AddrOfPinnedObject();
                }
                public void Dispose() => _handle.Free();
            }
            """,
        ["LocalDictionaryOfArenaPointers"] = """
            static unsafe class Lookup
            {
                public static int Call(string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    var staged = new Dictionary<string, nint>();
                    foreach (string name in names) staged[name] = (nint)lease.Utf8(name);
                    int total = 0;
                    foreach (nint p in staged.Values) total += Native.Length((byte*)p);
                    return total + staged.Count;
                }
            }
            """,
        ["LocalListPassedAsSpan"] = """
            static unsafe class Lists
            {
                [DllImport("native")] static extern int use_all(nint* items, int count);
                public static int Call(string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    var items = new List<nint>(names.Length);
                    foreach (string name in names) items.Add((nint)lease.Utf8(name));
                    Span<nint> span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items);
                    fixed (nint* p = span) return use_all(p, span.Length);
                }
            }
            """,
        ["NullChecksOnArenaPointers"] = """
            static unsafe class Nulls
            {
                public static bool Call(string? s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* p = lease.Utf8(s);
                    if (p == null) return false;
                    return Native.Length(p) > 0;
                }
            }
            """,
        ["OutParameterFromNativeResult"] = """
            static unsafe class Outs
            {
                [DllImport("native")] static extern int lookup(byte* key, out nint value);
                public static bool TryGet(string key, out nint value)
                {
                    using var lease = ArenaLease.Rent();
                    return lookup(lease.Utf8(key), out value) == 0;
                }
            }
            """,
        ["TupleOfValuesReturned"] = """
            static unsafe class Tuples
            {
                public static (int Length, byte First) Inspect(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* p = lease.Utf8(s);
                    return (Native.Length(p), p[0]);
                }
            }
            """,
        ["TaskRunCapturingCopiedData"] = """
            static unsafe class Background
            {
                public static Task Log(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* p = lease.Utf8(s);
                    int length = Native.Length(p);
                    byte first = *p;
                    return Task.Run(() => Console.WriteLine(length + first));
                }
            }
            """,
        ["EventHandlerWithoutArenaCapture"] = """
            sealed class Source { public event Action<int>? Changed; public void Raise(int n) => Changed?.Invoke(n); }
            static unsafe class Events
            {
                public static void Watch(Source source, string s)
                {
                    using var lease = ArenaLease.Rent();
                    int length = Native.Length(lease.Utf8(s));
                    source.Changed += n => Console.WriteLine(n + length);
                }
            }
            """,
        ["PointerDifferenceStoredInField"] = """
            sealed unsafe class Offsets
            {
                private long _offset;
                public void Measure(string s)
                {
                    using var lease = ArenaLease.Rent();
                    byte* start = lease.Utf8(s);
                    byte* end = start;
                    while (*end != 0) end++;
                    _offset = end - start;
                }
            }
            """,
        ["StrlenResultStoredInStatic"] = """
            static unsafe class Stats
            {
                static int s_last;
                public static void Record(string s)
                {
                    using var lease = ArenaLease.Rent();
                    s_last = Native.Length(lease.Utf8(s));
                }
            }
            """,
        ["CopiedSpanPinnedForNative"] = """
            static unsafe class Pins
            {
                public static int Call(ReadOnlySpan<int> values)
                {
                    using var lease = ArenaLease.Rent();
                    Span<int> copy = lease.Copy(values);
                    copy.Reverse();
                    fixed (int* p = copy) return Native.Sum(p, copy.Length);
                }
            }
            """,
        ["LeaseReturnedFromFactory"] = """
            static class Leases
            {
                public static ArenaLease Open() => ArenaLease.Rent();
                public static ArenaLease OpenNamed()
                {
                    var lease = ArenaLease.Rent();
                    return lease;
                }
            }
            """,
        ["LeaseHandedToCloser"] = """
            static unsafe class Handoff
            {
                static void Close(ArenaLease lease) => lease.Dispose();
                public static int Call(string s)
                {
                    var lease = ArenaLease.Rent();
                    int n = Native.Length(lease.Utf8(s));
                    Close(lease);
                    return n;
                }
            }
            """,
        ["OwnedMemoryToRetainingParameter"] = """
            static unsafe class Registry
            {
                static readonly List<nint> s_kept = new();
                public static void Keep([RetainsArgument] nint p) => s_kept.Add(p);
                public static void Register(int size) => Keep((nint)NativeMemory.Alloc((nuint)size));
            }
            """,
        ["ArenaMarshalDeclarationsWithImplementation"] = """
            [ArenaStruct]
            partial struct BufferInfo { public ulong Size; public uint[]? Queues; public string Name; }
            static unsafe partial class Vk
            {
                [ArenaMarshal("vulkan", EntryPoint = "vkCreateBuffer")]
                public static partial int CreateBuffer(nint device, in BufferInfo info, void* allocator, out ulong buffer);

                [ArenaMarshal("libc")]
                public static partial int puts(string text);
            }
            static unsafe partial class Vk
            {
                public static partial int CreateBuffer(nint device, in BufferInfo info, void* allocator, out ulong buffer) { buffer = 0; return 0; }
                public static partial int puts(string text) => 0;
            }
            """,
        ["ShapesWithCountsAndNesting"] = """
            [ArenaStruct]
            partial struct Submit
            {
                [ArenaCount("WaitSemaphoreCount")] public ulong[] WaitSemaphores;
                [ArenaCount("WaitSemaphoreCount")] public uint[] WaitStages;
                public ulong[] CommandBuffers;
                public Layer? Next;
                public Layer[] Layers;
            }
            [ArenaStruct]
            partial struct Layer { public string Name; public bool Enabled; }
            """,
        ["LibraryImportWithBlittableArguments"] = """
            static unsafe partial class Z
            {
                [LibraryImport("z", EntryPoint = "crc32")]
                public static partial nuint Crc32(nuint crc, byte* buffer, uint length);

                [LibraryImport("native", StringMarshalling = StringMarshalling.Utf8)]
                public static partial int Length(string text);
            }
            static unsafe partial class Z
            {
                public static partial nuint Crc32(nuint crc, byte* buffer, uint length) => crc;
                public static partial int Length(string text) => text.Length;
            }
            """,
        ["GeneratedCodeIsIgnored"] = """
            // <auto-generated/>
            static unsafe class Generated
            {
                static byte* s_last;
                public static byte* Stage(string s)
                {
                    using var lease = ArenaLease.Rent();
                    s_last = lease.Utf8(s);
                    return s_last;
                }
            }
            """,
        ["RefStructBuilderHoldingPointers"] = """
            unsafe ref struct Builder
            {
                private readonly ArenaLease _lease;
                private byte* _name;
                public Builder(ArenaLease lease) { _lease = lease; _name = null; }
                public void SetName(string s) => _name = _lease.Utf8(s);
                public int Build() => Native.Length(_name);
            }
            static class UseBuilder
            {
                public static int Call(string s)
                {
                    using var lease = ArenaLease.Rent();
                    var builder = new Builder(lease);
                    builder.SetName(s);
                    return builder.Build();
                }
            }
            """,
        ["SwitchSelectsAmongArenaPointers"] = """
            static unsafe class Switches
            {
                public static int Call(int mode, string a, string b)
                {
                    using var lease = ArenaLease.Rent();
                    byte* first = lease.Utf8(a);
                    byte* second = lease.Utf8(b);
                    byte* chosen = mode switch { 0 => first, 1 => second, _ => null };
                    return chosen == null ? 0 : Native.Length(chosen);
                }
            }
            """,
        ["GrowingBufferInsideScope"] = """
            static unsafe class Growth
            {
                [DllImport("native")] static extern int fill(byte* buffer, int size);
                public static string Read()
                {
                    using var lease = ArenaLease.Rent();
                    int size = 64;
                    byte* buffer = lease.Alloc<byte>(size);
                    int needed;
                    while ((needed = fill(buffer, size)) > size)
                    {
                        size = needed;
                        buffer = lease.Alloc<byte>(size);
                    }
                    return System.Text.Encoding.UTF8.GetString(buffer, needed);
                }
            }
            """,
        ["ThrowWithoutDisposeIsAnExceptionalPath"] = """
            static unsafe class Throws
            {
                public static int Call(string? s)
                {
                    var lease = ArenaLease.Rent();
                    if (s is null) throw new ArgumentNullException(nameof(s));
                    int n = Native.Length(lease.Utf8(s));
                    lease.Dispose();
                    return n;
                }
            }
            """,
        ["ConditionalStagingUsedLocally"] = """
            static unsafe class Optional
            {
                public static int Call(string? name)
                {
                    using var lease = ArenaLease.Rent();
                    byte* p = name is null ? null : lease.Utf8(name);
                    byte* q = p != null ? p : lease.Utf8("default");
                    return Native.Length(q);
                }
            }
            """,
        ["SpanSliceUsedInScope"] = """
            static class Slices
            {
                public static int Call(int n)
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> all = lease.AllocSpan<byte>(n);
                    Span<byte> head = all.Slice(0, n / 2);
                    head.Fill(1);
                    int sum = 0;
                    foreach (byte b in all) sum += b;
                    return sum;
                }
            }
            """,
        ["IteratorYieldsValuesNotPointers"] = """
            static class Iterators
            {
                public static IEnumerable<int> Lengths(string[] names)
                {
                    foreach (string name in names)
                    {
                        int n;
                        unsafe
                        {
                            using var lease = ArenaLease.Rent();
                            n = Native.Length(lease.Utf8(name));
                        }
                        yield return n;
                    }
                }
            }
            """,
        ["ParameterPointerStoredIsNotArena"] = """
            sealed unsafe class Wrapper
            {
                private byte* _data;
                public void Attach(byte* data)
                {
                    using var lease = ArenaLease.Rent();
                    Native.Use(lease.Utf8("attach"));
                    _data = data;
                }
            }
            """,
        ["PersistentFloorSurvivesReset"] = """
            static unsafe class Levels
            {
                public static string Run()
                {
                    using var arena = new Arena();
                    byte* level = arena.Utf8("level data");
                    arena.SetPersistentFloor();
                    for (int frame = 0; frame < 3; frame++)
                    {
                        Native.Use(arena.Utf8("frame"));
                        arena.Reset();
                    }
                    return new string((sbyte*)level);
                }
            }
            """,
        ["AddressComparedAfterReset"] = """
            static unsafe class Rewind
            {
                public static bool Rewinds(Arena arena)
                {
                    byte* start = (byte*)arena.AllocUninitialized(0, 1);
                    arena.Reset();
                    return start == (byte*)arena.AllocUninitialized(0, 1);
                }
            }
            """,
        ["RentedAndDisposedInOneExpression"] = """
            static class Probe
            {
                public static void Touch() => ArenaLease.Rent().Dispose();
            }
            """,
    };
}
