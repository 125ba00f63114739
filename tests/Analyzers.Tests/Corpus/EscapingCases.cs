using System.Collections.Generic;

namespace ParamArena.Analyzers.Tests.Corpus;

/// <summary>
/// Methods in which arena memory outlives its lease (or a lease is left open), each labelled from C# semantics and
/// docs/arena.md: the memory of a lease is released at its Dispose, of an arena at its Reset (down to the persistent
/// floor) and Dispose; what a method stores where its caller (or another thread, or a later call) can reach it outlives
/// a lease the method rents.
/// </summary>
internal static class EscapingCases
{
    public static readonly IReadOnlyList<CorpusCase> All = new CorpusCase[]
    {
        // ---- Plain escapes: returned, stored, captured, used after release, across await, retained.
        new("ReturnsStagedPathForLaterOpen", EscapeClass.Plain, "PA1001", """
            static unsafe class Paths
            {
                public static byte* ToNative(string path)
                {
                    using var lease = ArenaLease.Rent();
                    byte* native = lease.Utf8(path);
                    return native;
                }
            }
            """),
        new("ReturnsSpanOverStagedQueueFamilies", EscapeClass.Plain, "PA1001", """
            static unsafe class Queues
            {
                public static Span<uint> Families(uint[] families)
                {
                    using var lease = ArenaLease.Rent();
                    uint* staged = lease.Alloc<uint>(families.Length);
                    for (int i = 0; i < families.Length; i++) staged[i] = families[i];
                    return new Span<uint>(staged, families.Length);
                }
            }
            """),
        new("OutParameterGetsStagedLayerName", EscapeClass.Plain, "PA1001", """
            static unsafe class Layers
            {
                public static bool TryStage(string? layer, out nint name)
                {
                    using var lease = ArenaLease.Rent();
                    if (layer is null) { name = 0; return false; }
                    name = (nint)lease.Utf8(layer);
                    return true;
                }
            }
            """),
        new("ReturnsLayerPropertiesHoldingName", EscapeClass.Plain, "PA1001", """
            unsafe struct LayerProperties { public byte* Name; public uint Version; }
            static unsafe class Layers
            {
                public static LayerProperties Describe(string name, uint version)
                {
                    using var lease = ArenaLease.Rent();
                    LayerProperties properties = default;
                    properties.Name = lease.Utf8(name);
                    properties.Version = version;
                    return properties;
                }
            }
            """),
        new("IteratorYieldsStagedNames", EscapeClass.Plain, "PA1001", """
            static class Names
            {
                public static IEnumerable<nint> Stage(string[] names)
                {
                    using var arena = new Arena();
                    foreach (string name in names)
                    {
                        nint staged;
                        unsafe { staged = (nint)arena.Utf8(name); }
                        yield return staged;
                    }
                }
            }
            """),
        new("CachesStagedNameInStatic", EscapeClass.Plain, "PA1002", """
            static unsafe class Window
            {
                static nint s_cachedTitle;
                public static void SetTitle(string title)
                {
                    using var lease = ArenaLease.Rent();
                    s_cachedTitle = (nint)lease.Utf8(title);
                    Native.UseHandle(s_cachedTitle);
                }
            }
            """),
        new("DeviceKeepsApplicationNameInField", EscapeClass.Plain, "PA1002", """
            sealed unsafe class Device
            {
                private byte* _applicationName;
                public void Initialize(string applicationName)
                {
                    using var lease = ArenaLease.Rent();
                    _applicationName = lease.Utf8(applicationName);
                    Native.Use(_applicationName);
                }
            }
            """),
        new("RegistersHandleInStaticList", EscapeClass.Plain, "PA1002", """
            static unsafe class Registry
            {
                static readonly List<nint> s_names = new();
                public static void Register(string name)
                {
                    using var lease = ArenaLease.Rent();
                    nint staged = (nint)lease.Utf8(name);
                    Native.UseHandle(staged);
                    s_names.Add(staged);
                }
            }
            """),
        new("FillsCallersHandleArray", EscapeClass.Plain, "PA1002", """
            static unsafe class Batch
            {
                public static void Stage(nint[] handles, string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    for (int i = 0; i < names.Length; i++) handles[i] = (nint)lease.Utf8(names[i]);
                }
            }
            """),
        new("TaskRunCapturesStagedBuffer", EscapeClass.Plain, "PA1003", """
            static unsafe class Upload
            {
                public static Task Start(string payload)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(payload);
                    return Task.Run(() => Native.Use(staged));
                }
            }
            """),
        new("ReturnsLengthFunctionOverStagedText", EscapeClass.Plain, "PA1003", """
            static unsafe class Text
            {
                public static Func<int> Measure(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    return () => Native.Length(staged);
                }
            }
            """),
        new("PollingTimerCapturesStagedPath", EscapeClass.Plain, "PA1003", """
            static unsafe class Watcher
            {
                static Timer? s_timer;
                public static void Watch(string path)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(path);
                    s_timer = new Timer(_ => Native.Use(staged), null, 0, 1000);
                }
            }
            """),
        new("UsesNameAfterUsingBlock", EscapeClass.Plain, "PA1004", """
            static unsafe class Shader
            {
                public static int Compile(string entryPoint)
                {
                    byte* name;
                    using (var lease = ArenaLease.Rent())
                    {
                        name = lease.Utf8(entryPoint);
                    }
                    return Native.Length(name);
                }
            }
            """),
        new("UsesBufferAfterExplicitDispose", EscapeClass.Plain, "PA1004", """
            static unsafe class Encoder
            {
                public static int Encode(int[] values)
                {
                    var lease = ArenaLease.Rent();
                    int* staged = lease.Alloc<int>(values.Length);
                    for (int i = 0; i < values.Length; i++) staged[i] = values[i];
                    lease.Dispose();
                    return Native.Sum(staged, values.Length);
                }
            }
            """),
        new("ThreadArenaNameUsedAfterAwait", EscapeClass.Plain, "PA1005", """
            static class Network
            {
                public static async Task Send(string host)
                {
                    nint name;
                    unsafe { name = (nint)Arena.ForCurrentThread.Utf8(host); }
                    await Task.Delay(10);
                    Native.UseHandle(name);
                }
            }
            """),
        new("RegistersStagedNameWithRetainingApi", EscapeClass.Plain, "PA1007", """
            static unsafe class Sensors
            {
                static readonly List<nint> s_names = new();
                static void Register([RetainsArgument] nint name) => s_names.Add(name);
                public static void Add(string sensor)
                {
                    using var lease = ArenaLease.Rent();
                    Register((nint)lease.Utf8(sensor));
                }
            }
            """),

        // ---- A conditional or switch expression stored straight to a field or static.
        new("ConditionalTitleStoredInStatic", EscapeClass.ConditionalStore, "PA1002", """
            static unsafe class Window
            {
                static byte* s_title;
                public static void Configure(bool fullscreen, string windowed, string full)
                {
                    using var lease = ArenaLease.Rent();
                    s_title = fullscreen ? lease.Utf8(full) : lease.Utf8(windowed);
                    Native.Use(s_title);
                }
            }
            """),
        new("ConditionalNameStoredInThisField", EscapeClass.ConditionalStore, "PA1002", """
            sealed unsafe class Pipeline
            {
                private byte* _entryPoint;
                public void SetEntryPoint(string? entryPoint)
                {
                    using var lease = ArenaLease.Rent();
                    _entryPoint = string.IsNullOrEmpty(entryPoint) ? lease.Utf8("main") : lease.Utf8(entryPoint);
                    Native.Use(_entryPoint);
                }
            }
            """),
        new("SwitchPresentModeStoredInStatic", EscapeClass.ConditionalStore, "PA1002", """
            static unsafe class Swapchain
            {
                static byte* s_modeName;
                public static void Select(int mode)
                {
                    using var lease = ArenaLease.Rent();
                    s_modeName = mode switch
                    {
                        0 => lease.Utf8("fifo"),
                        1 => lease.Utf8("mailbox"),
                        _ => lease.Utf8("immediate"),
                    };
                }
            }
            """),
        new("ConditionalNameStoredInDeviceParameter", EscapeClass.ConditionalStore, "PA1002", """
            sealed unsafe class DeviceInfo { public byte* Name; public int Index; }
            static unsafe class Devices
            {
                public static void Name(DeviceInfo device, bool discrete, string a, string b)
                {
                    using var lease = ArenaLease.Rent();
                    device.Name = discrete ? lease.Utf8(a) : lease.Utf8(b);
                }
            }
            """),
        new("ConditionalHandleStoredInProperty", EscapeClass.ConditionalStore, "PA1002", """
            sealed unsafe class Label
            {
                public nint Text { get; private set; }
                public void Update(bool shortForm, string text)
                {
                    using var lease = ArenaLease.Rent();
                    Text = (nint)(shortForm ? lease.Utf8(text.Substring(0, 1)) : lease.Utf8(text));
                }
            }
            """),
        new("ConditionalFallbackStoredInStaticHandle", EscapeClass.ConditionalStore, "PA1002", """
            static unsafe class Fonts
            {
                static nint s_face;
                public static void Load(nint preloaded, string path)
                {
                    using var lease = ArenaLease.Rent();
                    s_face = preloaded != 0 ? preloaded : (nint)lease.Utf8(path);
                }
            }
            """),
        new("ConditionalStoredInStaticArraySlot", EscapeClass.ConditionalStore, "PA1002", """
            static unsafe class Slots
            {
                static readonly nint[] s_slots = new nint[8];
                public static void Set(int index, string? value)
                {
                    using var lease = ArenaLease.Rent();
                    s_slots[index] = value is null ? 0 : (nint)lease.Utf8(value);
                }
            }
            """),

        // ---- lease.AllocArray results.
        new("ReturnsAllocArrayBlock", EscapeClass.AllocArray, "PA1001", """
            static unsafe class Vertices
            {
                public static void* Stage(int count, int stride)
                {
                    using var lease = ArenaLease.Rent();
                    void* block = lease.AllocArray((nuint)count, (nuint)stride, 16);
                    return block;
                }
            }
            """),
        new("AllocArrayStoredInStatic", EscapeClass.AllocArray, "PA1002", """
            static unsafe class Scratch
            {
                static void* s_lastBlock;
                public static void Prepare(int count)
                {
                    using var lease = ArenaLease.Rent();
                    s_lastBlock = lease.AllocArray((nuint)count, 8, 8);
                    Native.Use((byte*)s_lastBlock);
                }
            }
            """),
        new("AllocArrayUsedAfterDispose", EscapeClass.AllocArray, "PA1004", """
            static unsafe class Indices
            {
                public static int Sum(int count)
                {
                    int* indices;
                    using (var lease = ArenaLease.Rent())
                    {
                        indices = (int*)lease.AllocArray((nuint)count, sizeof(int), 4);
                        for (int i = 0; i < count; i++) indices[i] = i;
                    }
                    return Native.Sum(indices, count);
                }
            }
            """),
        new("AllocArrayWrittenToOut", EscapeClass.AllocArray, "PA1001", """
            static unsafe class Rows
            {
                public static void Allocate(int rows, out nint table)
                {
                    using var lease = ArenaLease.Rent();
                    table = (nint)lease.AllocArray((nuint)rows, 64, 64);
                }
            }
            """),

        // ---- Managed refs made from arena pointers.
        new("ReturnsRefToStagedByte", EscapeClass.ManagedRef, "PA1001", """
            static unsafe class Bytes
            {
                public static ref byte First(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    return ref *staged;
                }
            }
            """),
        new("ReturnsRefToStagedElement", EscapeClass.ManagedRef, "PA1001", """
            static unsafe class Counters
            {
                public static ref int Slot(int count)
                {
                    using var lease = ArenaLease.Rent();
                    int* counters = lease.Alloc<int>(count);
                    return ref counters[0];
                }
            }
            """),
        new("RefLocalToDeviceFieldAssigned", EscapeClass.ManagedRef, "PA1002", """
            sealed unsafe class DeviceName { public byte* Name; }
            static unsafe class Devices
            {
                public static void Rename(DeviceName device, string name)
                {
                    using var lease = ArenaLease.Rent();
                    ref byte* slot = ref device.Name;
                    slot = lease.Utf8(name);
                }
            }
            """),
        new("ReturnsSpanCreatedOverStagedBytes", EscapeClass.ManagedRef, "PA1001", """
            static unsafe class Spans
            {
                public static Span<byte> Stage(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    return MemoryMarshal.CreateSpan(ref *staged, text.Length);
                }
            }
            """),
        new("RefLocalToStaticSlotAssigned", EscapeClass.ManagedRef, "PA1002", """
            static unsafe class Table
            {
                static readonly nint[] s_entries = new nint[4];
                public static void Put(string value)
                {
                    using var lease = ArenaLease.Rent();
                    ref nint entry = ref s_entries[0];
                    entry = (nint)lease.Utf8(value);
                }
            }
            """),
        new("ReturnsRefHeaderThroughUnsafeAsRef", EscapeClass.ManagedRef, "PA1001", """
            struct Header { public int Size; public int Kind; }
            static unsafe class Headers
            {
                public static ref Header Create(int kind)
                {
                    using var lease = ArenaLease.Rent();
                    Header* header = lease.Alloc<Header>();
                    header->Kind = kind;
                    return ref Unsafe.AsRef<Header>(header);
                }
            }
            """),

        // ---- Stores into memory the caller owns.
        new("FillsCallersSpanOfNames", EscapeClass.CallerMemory, "PA1001", """
            static unsafe class Names
            {
                public static void Stage(Span<nint> destination, string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    for (int i = 0; i < names.Length; i++) destination[i] = (nint)lease.Utf8(names[i]);
                }
            }
            """),
        new("WritesThroughCallersPointer", EscapeClass.CallerMemory, "PA1001", """
            static unsafe class Strings
            {
                public static void Stage(byte** destination, string value)
                {
                    using var lease = ArenaLease.Rent();
                    *destination = lease.Utf8(value);
                }
            }
            """),
        new("FillsCallersCreateInfo", EscapeClass.CallerMemory, "PA1001", """
            unsafe struct CreateInfo { public int SType; public byte* ApplicationName; }
            static unsafe class Instances
            {
                public static void Describe(CreateInfo* info, string applicationName)
                {
                    using var lease = ArenaLease.Rent();
                    info->SType = 1;
                    info->ApplicationName = lease.Utf8(applicationName);
                }
            }
            """),
        new("WritesIntoRefStructWriter", EscapeClass.CallerMemory, "PA1001", """
            unsafe ref struct NameWriter { public byte* Current; public int Count; }
            static unsafe class Writers
            {
                public static void Write(ref NameWriter writer, string name)
                {
                    using var lease = ArenaLease.Rent();
                    writer.Current = lease.Utf8(name);
                    writer.Count++;
                }
            }
            """),
        new("WritesIntoRefStructTableSpan", EscapeClass.CallerMemory, "PA1001", """
            ref struct HandleTable { public Span<nint> Slots; }
            static unsafe class Tables
            {
                public static void Fill(ref HandleTable table, string name)
                {
                    using var lease = ArenaLease.Rent();
                    table.Slots[0] = (nint)lease.Utf8(name);
                }
            }
            """),
        new("FillsCallersPointerArray", EscapeClass.CallerMemory, "PA1001", """
            static unsafe class Argv
            {
                public static void Fill(byte** argv, string[] args)
                {
                    using var lease = ArenaLease.Rent();
                    for (int i = 0; i < args.Length; i++) argv[i] = lease.Utf8(args[i]);
                }
            }
            """),
        new("FillsSliceOfCallersSpan", EscapeClass.CallerMemory, "PA1001", """
            static unsafe class Names
            {
                public static void StageTail(Span<nint> destination, string name)
                {
                    using var lease = ArenaLease.Rent();
                    Span<nint> tail = destination.Slice(1);
                    tail[0] = (nint)lease.Utf8(name);
                }
            }
            """),

        // ---- A span over the lease pinned with fixed, and the pinned pointer kept.
        new("PinnedSpanPointerStoredInStatic", EscapeClass.PinnedSpan, "PA1002", """
            static unsafe class Upload
            {
                static byte* s_buffer;
                public static void Prepare(int size)
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> buffer = lease.AllocSpan<byte>(size);
                    fixed (byte* pinned = buffer)
                    {
                        s_buffer = pinned;
                    }
                }
            }
            """),
        new("PinnedElementAddressReturned", EscapeClass.PinnedSpan, "PA1001", """
            static unsafe class Scratch
            {
                public static nint Reserve(int size)
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> scratch = lease.AllocSpan<byte>(size);
                    fixed (byte* first = &scratch[0])
                    {
                        return (nint)first;
                    }
                }
            }
            """),
        new("PinnedAllocSpanKeptInField", EscapeClass.PinnedSpan, "PA1002", """
            sealed unsafe class IndexBuffer
            {
                private int* _indices;
                public void Build(int count)
                {
                    using var lease = ArenaLease.Rent();
                    fixed (int* indices = lease.AllocSpan<int>(count))
                    {
                        for (int i = 0; i < count; i++) indices[i] = i;
                        _indices = indices;
                    }
                }
            }
            """),
        new("PinnedCopyWrittenToOut", EscapeClass.PinnedSpan, "PA1001", """
            static unsafe class Blobs
            {
                public static void Stage(byte[] data, out nint staged)
                {
                    using var lease = ArenaLease.Rent();
                    fixed (byte* copy = lease.Copy<byte>(data))
                    {
                        staged = (nint)copy;
                    }
                }
            }
            """),

        // ---- Memory allocated through an outer lease while an inner one is open belongs to the inner one.
        new("OuterAllocationInsideInnerScopeUsedAfter", EscapeClass.OuterLease, "PA1004", """
            static unsafe class Messages
            {
                public static int Send(string title, string body)
                {
                    using var outer = ArenaLease.Rent();
                    byte* header;
                    using (var inner = ArenaLease.Rent())
                    {
                        header = outer.Utf8(title);
                        Native.Use(inner.Utf8(body));
                    }
                    return Native.Length(header);
                }
            }
            """),
        new("OuterResultKeptPastScratchScope", EscapeClass.OuterLease, "PA1004", """
            static unsafe class Paths
            {
                public static int Resolve(string directory, string file)
                {
                    using var result = ArenaLease.Rent();
                    byte* resolved;
                    using (var scratch = ArenaLease.Rent())
                    {
                        byte* dir = scratch.Utf8(directory);
                        Native.Use(dir);
                        resolved = result.Utf8(directory + "/" + file);
                    }
                    return Native.Length(resolved);
                }
            }
            """),
        new("FrameLeaseAllocationInsideTemporaryScope", EscapeClass.OuterLease, "PA1004", """
            struct DrawCommand { public int Mesh; public int Material; }
            static unsafe class Renderer
            {
                public static int Draw(Arena arena, int mesh)
                {
                    using var frame = ArenaLease.Rent(arena);
                    DrawCommand* command;
                    using (var temporary = ArenaLease.Rent(arena))
                    {
                        command = frame.Alloc<DrawCommand>();
                        command->Mesh = mesh;
                    }
                    return Native.Submit(command, 1);
                }
            }
            """),
        new("OuterAllocationWhileInnerOpenThenInnerDisposed", EscapeClass.OuterLease, "PA1004", """
            static unsafe class Batches
            {
                public static int Run(string name)
                {
                    using var outer = ArenaLease.Rent();
                    var inner = ArenaLease.Rent();
                    byte* staged = outer.Utf8(name);
                    inner.Dispose();
                    return Native.Length(staged);
                }
            }
            """),

        // ---- Escapes inside catch and finally.
        new("CatchStoresStagedErrorInStatic", EscapeClass.CatchFinally, "PA1002", """
            static unsafe class Errors
            {
                static byte* s_lastError;
                public static void Run(string command)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        Native.Use(lease.Utf8(command));
                    }
                    catch (Exception exception)
                    {
                        s_lastError = lease.Utf8(exception.Message);
                    }
                }
            }
            """),
        new("FinallyPublishesStagedPointer", EscapeClass.CatchFinally, "PA1002", """
            static unsafe class Trace
            {
                static nint s_lastCommand;
                public static void Run(string command)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(command);
                    try
                    {
                        Native.Use(staged);
                    }
                    finally
                    {
                        s_lastCommand = (nint)staged;
                    }
                }
            }
            """),
        new("CatchReturnsStagedMessage", EscapeClass.CatchFinally, "PA1001", """
            static unsafe class Results
            {
                public static byte* Describe(string path)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        Native.Use(lease.Utf8(path));
                        return null;
                    }
                    catch (System.IO.IOException exception)
                    {
                        return lease.Utf8(exception.Message);
                    }
                }
            }
            """),
        new("CatchUsesNameAfterScope", EscapeClass.CatchFinally, "PA1004", """
            static unsafe class Retry
            {
                public static int Open(string path)
                {
                    byte* name;
                    using (var lease = ArenaLease.Rent())
                    {
                        name = lease.Utf8(path);
                    }
                    try
                    {
                        return path.Length;
                    }
                    catch (InvalidOperationException)
                    {
                        return Native.Length(name);
                    }
                }
            }
            """),
        new("FinallySchedulesCleanupCapturingPointer", EscapeClass.CatchFinally, "PA1003", """
            static unsafe class Cleanup
            {
                public static void Run(string resource)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(resource);
                    try
                    {
                        Native.Use(staged);
                    }
                    finally
                    {
                        ThreadPool.QueueUserWorkItem(_ => Native.Use(staged));
                    }
                }
            }
            """),
        new("CatchWritesStagedDetailToOut", EscapeClass.CatchFinally, "PA1001", """
            static unsafe class Loader
            {
                public static bool TryLoad(string path, out nint detail)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        Native.Use(lease.Utf8(path));
                        detail = 0;
                        return true;
                    }
                    catch (Exception exception)
                    {
                        detail = (nint)lease.Utf8(exception.Message);
                        return false;
                    }
                }
            }
            """),

        // ---- Publication through Interlocked and Volatile.
        new("InterlockedExchangePublishesName", EscapeClass.Publication, "PA1002", """
            static unsafe class Current
            {
                static nint s_current;
                public static void Publish(string name)
                {
                    using var lease = ArenaLease.Rent();
                    Interlocked.Exchange(ref s_current, (nint)lease.Utf8(name));
                }
            }
            """),
        new("VolatileWritePublishesStateToField", EscapeClass.Publication, "PA1002", """
            sealed unsafe class Worker
            {
                private nint _state;
                public void Publish(string state)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(state);
                    Volatile.Write(ref _state, (nint)staged);
                }
            }
            """),
        new("CompareExchangeInstallsStagedName", EscapeClass.Publication, "PA1002", """
            static unsafe class Once
            {
                static nint s_name;
                public static void Install(string name)
                {
                    using var lease = ArenaLease.Rent();
                    nint staged = (nint)lease.Utf8(name);
                    Interlocked.CompareExchange(ref s_name, staged, 0);
                }
            }
            """),
        new("VolatileWriteOfStaticHandle", EscapeClass.Publication, "PA1002", """
            static unsafe class Config
            {
                static nint s_path;
                public static void Reload(string path)
                {
                    using var lease = ArenaLease.Rent();
                    nint staged = (nint)lease.Utf8(path);
                    Native.UseHandle(staged);
                    Volatile.Write(ref s_path, staged);
                }
            }
            """),

        // ---- Lambdas run later by something that keeps them.
        new("LazyInStaticCapturesStagedName", EscapeClass.DeferredDelegate, "PA1003", """
            static unsafe class Names
            {
                static Lazy<int>? s_length;
                public static void Prepare(string name)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(name);
                    s_length = new Lazy<int>(() => Native.Length(staged));
                }
            }
            """),
        new("DeferredSelectOverStagedBaseReturned", EscapeClass.DeferredDelegate, "PA1003", """
            static unsafe class Offsets
            {
                public static IEnumerable<nint> Addresses(int[] offsets)
                {
                    using var lease = ArenaLease.Rent();
                    byte* block = lease.Alloc<byte>(1024);
                    return offsets.Select(offset => (nint)(block + offset));
                }
            }
            """),
        new("DeferredWhereCapturingStagedText", EscapeClass.DeferredDelegate, "PA1003", """
            static unsafe class Filters
            {
                public static IEnumerable<string> Longer(string[] names, string reference)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(reference);
                    return names.Where(name => name.Length > Native.Length(staged));
                }
            }
            """),
        new("LazyInFieldCapturesStagedPath", EscapeClass.DeferredDelegate, "PA1003", """
            sealed unsafe class Asset
            {
                private Lazy<int>? _size;
                public void Open(string path)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(path);
                    _size = new Lazy<int>(() => Native.Length(staged));
                }
            }
            """),
        new("ThreadLocalFactoryCapturesStagedName", EscapeClass.DeferredDelegate, "PA1003", """
            static unsafe class PerThread
            {
                static ThreadLocal<nint>? s_name;
                public static void Prepare(string name)
                {
                    using var lease = ArenaLease.Rent();
                    nint staged = (nint)lease.Utf8(name);
                    s_name = new ThreadLocal<nint>(() => staged);
                }
            }
            """),

        // ---- Use after Reset().
        new("FrameLoopUsesTitleAfterReset", EscapeClass.Reset, "PA1004", """
            static unsafe class Frames
            {
                public static void Run(string title, int frames)
                {
                    using var arena = new Arena();
                    byte* windowTitle = arena.Utf8(title);
                    for (int frame = 0; frame < frames; frame++)
                    {
                        int* commands = arena.Alloc<int>(16);
                        Native.Submit(commands, 16);
                        Native.Use(windowTitle);
                        arena.Reset();
                    }
                }
            }
            """),
        new("WhileLoopUsesLevelAfterReset", EscapeClass.Reset, "PA1004", """
            struct Level { public int Width; public int Height; }
            static unsafe class Game
            {
                public static void Loop(Func<bool> running)
                {
                    using var arena = new Arena();
                    Level* level = arena.Alloc<Level>();
                    while (running())
                    {
                        int* draws = arena.Alloc<int>(level->Width);
                        Native.Submit(draws, level->Width);
                        arena.Reset();
                    }
                }
            }
            """),
        new("FieldArenaResetThenLabelUsed", EscapeClass.Reset, "PA1004", """
            sealed unsafe class Overlay
            {
                private readonly Arena _frame = new();
                public int Draw(string text)
                {
                    byte* label = _frame.Utf8(text);
                    _frame.Reset();
                    return Native.Length(label);
                }
            }
            """),
        new("StaticArenaResetThenNameUsed", EscapeClass.Reset, "PA1004", """
            static unsafe class Scratch
            {
                static readonly Arena s_scratch = new();
                public static int Measure(string text)
                {
                    byte* staged = s_scratch.Utf8(text);
                    s_scratch.Reset();
                    return Native.Length(staged);
                }
            }
            """),
        new("ForeachFramesUsesHeaderAfterReset", EscapeClass.Reset, "PA1004", """
            struct FrameHeader { public int Index; }
            static unsafe class Recorder
            {
                public static void Record(int[] frames)
                {
                    using var arena = new Arena();
                    FrameHeader* header = arena.Alloc<FrameHeader>();
                    foreach (int frame in frames)
                    {
                        header->Index = frame;
                        Native.Submit(header, 1);
                        arena.Reset();
                    }
                }
            }
            """),

        // ---- A lease left open on a path that throws.
        new("ThrowsOnNativeErrorWithLeaseOpen", EscapeClass.ThrowPath, "PA1008", """
            static unsafe class Files
            {
                public static nint Open(string path)
                {
                    var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(path);
                    int result = Native.Open(staged, 0, out nint handle);
                    if (result != 0) throw new System.IO.IOException("open failed: " + result);
                    lease.Dispose();
                    return handle;
                }
            }
            """),
        new("ThrowExpressionAfterStaging", EscapeClass.ThrowPath, "PA1008", """
            static unsafe class Lookup
            {
                public static int Find(string key, Dictionary<string, int> table)
                {
                    var lease = ArenaLease.Rent();
                    Native.Use(lease.Utf8(key));
                    int value = table.TryGetValue(key, out int found) ? found : throw new KeyNotFoundException(key);
                    lease.Dispose();
                    return value;
                }
            }
            """),
        new("ThrowsInsideLoopAfterStaging", EscapeClass.ThrowPath, "PA1008", """
            static unsafe class Validate
            {
                public static int Total(string[] names)
                {
                    var lease = ArenaLease.Rent();
                    int total = 0;
                    foreach (string name in names)
                    {
                        int length = Native.Length(lease.Utf8(name));
                        if (length == 0) throw new ArgumentException("empty name", nameof(names));
                        total += length;
                    }
                    lease.Dispose();
                    return total;
                }
            }
            """),
        new("ValidationThrowBeforeStaging", EscapeClass.ThrowPath, "PA1008", """
            static unsafe class Guarded
            {
                public static int Call(string? text)
                {
                    var lease = ArenaLease.Rent();
                    if (text is null) throw new ArgumentNullException(nameof(text));
                    int length = Native.Length(lease.Utf8(text));
                    lease.Dispose();
                    return length;
                }
            }
            """),

        // ---- A context pointer published for a callback but not cleared (the safe form clears it in finally).
        new("ThreadStaticContextNeverCleared", EscapeClass.ContextClearedInFinally, "PA1002", """
            static unsafe class Callbacks
            {
                [ThreadStatic] static byte* t_context;
                public static void Run(string context)
                {
                    using var lease = ArenaLease.Rent();
                    t_context = lease.Utf8(context);
                    Native.Use(t_context);
                }
            }
            """),
        new("ThreadStaticContextClearedOnOneBranch", EscapeClass.ContextClearedInFinally, "PA1002", """
            static unsafe class Callbacks
            {
                [ThreadStatic] static byte* t_context;
                public static void Run(string context, bool reset)
                {
                    using var lease = ArenaLease.Rent();
                    t_context = lease.Utf8(context);
                    try
                    {
                        Native.Use(t_context);
                    }
                    finally
                    {
                        if (reset) t_context = null;
                    }
                }
            }
            """),
        new("ContextFieldReplacedByAnotherStagedValue", EscapeClass.ContextClearedInFinally, "PA1002", """
            sealed unsafe class Session
            {
                private byte* _context;
                public void Run(string first, string second)
                {
                    using var lease = ArenaLease.Rent();
                    _context = lease.Utf8(first);
                    try
                    {
                        Native.Use(_context);
                    }
                    finally
                    {
                        _context = lease.Utf8(second);
                    }
                }
            }
            """),

        // ---- Correlated conditions that do not hold.
        new("ConditionChangesBetweenRentAndDispose", EscapeClass.SameCondition, "PA1008", """
            static unsafe class Labels
            {
                public static int Measure(string text)
                {
                    ArenaLease lease = default;
                    int length = text.Length;
                    if (text.Length > 8) lease = ArenaLease.Rent();
                    text = text.Trim();
                    if (text.Length > 8) lease.Dispose();
                    return length;
                }
            }
            """),
        new("DisposedUnderADifferentCondition", EscapeClass.SameCondition, "PA1008", """
            static unsafe class Labels
            {
                public static int Measure(string text)
                {
                    ArenaLease lease = default;
                    int length = 0;
                    if (text.Length > 8)
                    {
                        lease = ArenaLease.Rent();
                        length = Native.Length(lease.Utf8(text));
                    }
                    if (text.Length > 16) lease.Dispose();
                    return length;
                }
            }
            """),

        // ---- [ArenaMarshal] out pointers that may point into staged inputs.
        new("StrtolEndPointerIntoStagedText", EscapeClass.StagedOutPointer, "PA1006", """
            static unsafe partial class LibC
            {
                [ArenaMarshal("libc", EntryPoint = "strtol")]
                public static partial nint ParseLong(string text, out byte* end, int radix);
            }
            """),
        new("WcstolEndPointerIntoStagedUtf16", EscapeClass.StagedOutPointer, "PA1006", """
            static unsafe partial class LibC
            {
                [ArenaMarshal("libc", EntryPoint = "wcstol", StringMarshalling = StringMarshalling.Utf16)]
                public static partial nint ParseWide(string text, out char* end, int radix);
            }
            """),
        new("TokenizerSavePointerIntoStagedInput", EscapeClass.StagedOutPointer, "PA1006", """
            static unsafe partial class LibC
            {
                [ArenaMarshal("libc", EntryPoint = "next_token")]
                public static partial int NextToken(string input, string delimiters, out byte* token);
            }
            """),
        new("RefCursorAdvancedIntoStagedText", EscapeClass.StagedOutPointer, "PA1006", """
            static unsafe partial class Parser
            {
                [ArenaMarshal("parser", EntryPoint = "skip_spaces")]
                public static partial int SkipSpaces(string text, ref byte* cursor);
            }
            """),

        // ---- More escapes written differently from the groups above.
        new("ConditionalNameInObjectAddedToStaticList", EscapeClass.ConditionalStore, "PA1002", """
            sealed unsafe class DeviceInfo { public byte* Name; }
            static unsafe class Devices
            {
                static readonly List<DeviceInfo> s_devices = new();
                public static void Add(bool discrete, string a, string b)
                {
                    using var lease = ArenaLease.Rent();
                    var info = new DeviceInfo();
                    info.Name = discrete ? lease.Utf8(a) : lease.Utf8(b);
                    s_devices.Add(info);
                }
            }
            """),
        new("RefLocalIntoCallersSpan", EscapeClass.CallerMemory, "PA1001", """
            static unsafe class Slots
            {
                public static void First(Span<nint> destination, string name)
                {
                    using var lease = ArenaLease.Rent();
                    ref nint slot = ref destination[0];
                    slot = (nint)lease.Utf8(name);
                }
            }
            """),
        new("InterlockedExchangeIntoStaticArraySlot", EscapeClass.Publication, "PA1002", """
            static unsafe class Table
            {
                static readonly nint[] s_slots = new nint[16];
                public static void Put(int index, string value)
                {
                    using var lease = ArenaLease.Rent();
                    Interlocked.Exchange(ref s_slots[index], (nint)lease.Utf8(value));
                }
            }
            """),
        new("FactoryInInitializerKeptInField", EscapeClass.DeferredDelegate, "PA1003", """
            sealed class Cache { public Func<int>? Factory { get; set; } }
            sealed unsafe class Owner
            {
                private Cache? _cache;
                public void Prepare(string name)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(name);
                    _cache = new Cache { Factory = () => Native.Length(staged) };
                }
            }
            """),
        new("ThrowInSwitchArmAfterStaging", EscapeClass.ThrowPath, "PA1008", """
            static unsafe class Modes
            {
                public static int Apply(int mode, string name)
                {
                    var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(name);
                    int result = mode switch
                    {
                        0 => Native.Length(staged),
                        1 => -Native.Length(staged),
                        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
                    };
                    lease.Dispose();
                    return result;
                }
            }
            """),
        new("BreakingFrameLoopUsesAtlasAfterReset", EscapeClass.Reset, "PA1004", """
            struct Atlas { public int Width; }
            static unsafe class Loop
            {
                public static void Run(Func<bool> next)
                {
                    using var arena = new Arena();
                    Atlas* atlas = arena.Alloc<Atlas>();
                    while (true)
                    {
                        if (!next()) break;
                        Native.Submit(atlas, 1);
                        arena.Reset();
                    }
                }
            }
            """),
    };
}
