using System.Collections.Generic;

namespace ParamArena.Analyzers.Tests.Corpus;

/// <summary>
/// Correct methods next to each escaping class: the arena memory is used only while its lease is open (or comes from
/// a lease or arena whose lifetime the method does not end), and what leaves the method is a copy, a value, or memory
/// the method does not get from the arena. No ParamArena safety rule may report any of them.
/// </summary>
internal static class SafeCases
{
    public static readonly IReadOnlyList<CorpusCase> All = new CorpusCase[]
    {
        // ---- Plain use inside the scope.
        new("StagesAndCallsOnce", EscapeClass.Plain, null, """
            static unsafe class Text
            {
                public static int Length(string text)
                {
                    using var lease = ArenaLease.Rent();
                    return Native.Length(lease.Utf8(text));
                }
            }
            """),
        new("CopiesNativeResultToManagedString", EscapeClass.Plain, null, """
            static unsafe class Text
            {
                public static string Normalize(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    Native.Use(staged);
                    return Marshal.PtrToStringUTF8((nint)staged)!;
                }
            }
            """),
        new("LeaseBoundHelperReturnsCallersMemory", EscapeClass.Plain, null, """
            static unsafe class Staging
            {
                [LeaseBound]
                public static byte* Stage(ArenaLease lease, string text) => lease.Utf8(text);
                public static int Call(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = Stage(lease, text);
                    return Native.Length(staged);
                }
            }
            """),
        new("CreateInfoOnStackPassedByAddress", EscapeClass.Plain, null, """
            unsafe struct CreateInfo { public int SType; public byte* Name; public uint Count; public byte** Names; }
            static unsafe class Instances
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
            """),
        new("LambdaRunSynchronouslyOverStagedNames", EscapeClass.Plain, null, """
            static unsafe class Names
            {
                public static int Total(List<string> names)
                {
                    using var lease = ArenaLease.Rent();
                    byte* separator = lease.Utf8(", ");
                    int total = 0;
                    names.ForEach(name => total += name.Length + Native.Length(separator));
                    return total;
                }
            }
            """),
        new("LocalListOfHandlesPassedAsSpan", EscapeClass.Plain, null, """
            static unsafe class Batch
            {
                public static int Submit(string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    var handles = new List<nint>();
                    foreach (string name in names) handles.Add((nint)lease.Utf8(name));
                    fixed (nint* first = CollectionsMarshal.AsSpan(handles))
                    {
                        return Native.Submit(first, handles.Count);
                    }
                }
            }
            """),
        new("ThreadArenaUsedBeforeAwait", EscapeClass.Plain, null, """
            static class Network
            {
                public static async Task<int> Send(string host)
                {
                    int length;
                    unsafe { length = Native.Length(Arena.ForCurrentThread.Utf8(host)); }
                    await Task.Delay(10);
                    return length;
                }
            }
            """),
        new("PointerReplacedByOwnedCopyBeforeReturn", EscapeClass.Plain, null, """
            static unsafe class Buffers
            {
                public static byte* Duplicate(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* result = lease.Utf8(text);
                    int length = Native.Length(result);
                    byte* owned = (byte*)NativeMemory.Alloc((nuint)length + 1);
                    Native.Copy(owned, result, (nuint)length + 1);
                    result = owned;
                    return result;
                }
            }
            """),
        new("StoresMeasuredLengthInStatic", EscapeClass.Plain, null, """
            static unsafe class Stats
            {
                static int s_lastLength;
                public static void Measure(string text)
                {
                    using var lease = ArenaLease.Rent();
                    s_lastLength = Native.Length(lease.Utf8(text));
                }
            }
            """),
        new("ObjectOwningItsArenaKeepsPointers", EscapeClass.Plain, null, """
            sealed unsafe class StringTable : IDisposable
            {
                private readonly Arena _arena = new();
                private readonly List<nint> _entries = new();
                public void Add(string value) => _entries.Add((nint)_arena.Utf8(value));
                public void Dispose() => _arena.Dispose();
            }
            """),
        new("NestedLeasesEachUseTheirOwn", EscapeClass.Plain, null, """
            static unsafe class Nested
            {
                public static int Call(string outer, string inner)
                {
                    using var a = ArenaLease.Rent();
                    byte* x = a.Utf8(outer);
                    int n;
                    using (var b = ArenaLease.Rent())
                    {
                        n = Native.Length(b.Utf8(inner));
                    }
                    return n + Native.Length(x);
                }
            }
            """),
        new("IteratorYieldsLengths", EscapeClass.Plain, null, """
            static class Lengths
            {
                public static IEnumerable<int> Of(string[] names)
                {
                    foreach (string name in names)
                    {
                        int length;
                        using (var lease = ArenaLease.Rent())
                        {
                            unsafe { length = Native.Length(lease.Utf8(name)); }
                        }
                        yield return length;
                    }
                }
            }
            """),
        new("PassesStagedNameToNonRetainingHelper", EscapeClass.Plain, null, """
            static unsafe class Logging
            {
                static void Log(nint message) => Native.UseHandle(message);
                public static void Write(string message)
                {
                    using var lease = ArenaLease.Rent();
                    Log((nint)lease.Utf8(message));
                }
            }
            """),
        new("TaskRunWithManagedCopy", EscapeClass.Plain, null, """
            static unsafe class Upload
            {
                public static Task<int> Start(string payload)
                {
                    byte[] copy;
                    using (var lease = ArenaLease.Rent())
                    {
                        byte* staged = lease.Utf8(payload);
                        copy = new ReadOnlySpan<byte>(staged, Native.Length(staged)).ToArray();
                    }
                    return Task.Run(() => copy.Length);
                }
            }
            """),

        // ---- Conditional and switch expressions that stay inside the scope.
        new("ConditionalNameInLocalCreateInfo", EscapeClass.ConditionalStore, null, """
            unsafe struct AppInfo { public byte* Name; public uint Version; }
            static unsafe class Apps
            {
                [DllImport("vulkan")] static extern int create(AppInfo* info);
                public static int Create(string? name, uint version)
                {
                    using var lease = ArenaLease.Rent();
                    AppInfo info = default;
                    info.Name = name is null ? lease.Utf8("unnamed") : lease.Utf8(name);
                    info.Version = version;
                    return create(&info);
                }
            }
            """),
        new("SwitchModePassedStraightToNative", EscapeClass.ConditionalStore, null, """
            static unsafe class Swapchain
            {
                public static int Select(int mode)
                {
                    using var lease = ArenaLease.Rent();
                    byte* name = mode switch
                    {
                        0 => lease.Utf8("fifo"),
                        1 => lease.Utf8("mailbox"),
                        _ => lease.Utf8("immediate"),
                    };
                    return Native.Length(name);
                }
            }
            """),
        new("ConditionalLengthStoredInStatic", EscapeClass.ConditionalStore, null, """
            static unsafe class Stats
            {
                static int s_length;
                public static void Measure(bool shortForm, string text)
                {
                    using var lease = ArenaLease.Rent();
                    s_length = shortForm ? Native.Length(lease.Utf8(text.Substring(0, 1))) : Native.Length(lease.Utf8(text));
                }
            }
            """),
        new("ConditionalStoredInRefStructBuilder", EscapeClass.ConditionalStore, null, """
            unsafe ref struct CommandBuilder { public byte* Name; public int Count; }
            static unsafe class Commands
            {
                public static int Build(bool verbose, string name)
                {
                    using var lease = ArenaLease.Rent();
                    var builder = new CommandBuilder();
                    builder.Name = verbose ? lease.Utf8(name + " -v") : lease.Utf8(name);
                    builder.Count = 1;
                    return Native.Length(builder.Name);
                }
            }
            """),
        new("ConditionalStoredInFieldOfArenaOwner", EscapeClass.ConditionalStore, null, """
            sealed unsafe class Document : IDisposable
            {
                private readonly Arena _arena = new();
                private byte* _title;
                public void SetTitle(string? title) => _title = title is null ? _arena.Utf8("untitled") : _arena.Utf8(title);
                public int TitleLength => Native.Length(_title);
                public void Dispose() => _arena.Dispose();
            }
            """),

        // ---- AllocArray used inside the scope.
        new("AllocArrayFilledAndSubmitted", EscapeClass.AllocArray, null, """
            static unsafe class Vertices
            {
                public static int Upload(float[] positions)
                {
                    using var lease = ArenaLease.Rent();
                    float* staged = (float*)lease.AllocArray((nuint)positions.Length, sizeof(float), 16);
                    for (int i = 0; i < positions.Length; i++) staged[i] = positions[i];
                    return Native.Submit(staged, positions.Length);
                }
            }
            """),
        new("AllocArrayOnOwnedArenaKeptInField", EscapeClass.AllocArray, null, """
            sealed unsafe class Mesh : IDisposable
            {
                private readonly Arena _arena = new();
                private void* _indices;
                public void Allocate(int count) => _indices = _arena.AllocArray((nuint)count, 4, 4);
                public void Dispose() => _arena.Dispose();
            }
            """),
        new("AllocArrayFromCallersLease", EscapeClass.AllocArray, null, """
            static unsafe class Tables
            {
                [LeaseBound]
                public static void* Rows(ArenaLease lease, int rows) => lease.AllocArray((nuint)rows, 64, 64);
                public static int Fill(int rows)
                {
                    using var lease = ArenaLease.Rent();
                    void* table = Rows(lease, rows);
                    return Native.Submit(table, rows);
                }
            }
            """),

        // ---- Managed refs that stay inside the scope.
        new("RefToStagedByteWrittenInScope", EscapeClass.ManagedRef, null, """
            static unsafe class Bytes
            {
                public static int Terminate(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    ref byte first = ref *staged;
                    first = (byte)'/';
                    return Native.Length(staged);
                }
            }
            """),
        new("CreateSpanUsedInScope", EscapeClass.ManagedRef, null, """
            static unsafe class Spans
            {
                public static int Upper(string text)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    Span<byte> bytes = MemoryMarshal.CreateSpan(ref *staged, text.Length);
                    for (int i = 0; i < bytes.Length; i++) if (bytes[i] >= 'a' && bytes[i] <= 'z') bytes[i] -= 32;
                    return Native.Length(staged);
                }
            }
            """),
        new("ReturnsRefIntoCallersSpan", EscapeClass.ManagedRef, null, """
            static unsafe class Scan
            {
                public static ref byte FirstDifferent(Span<byte> buffer, string reference)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(reference);
                    for (int i = 0; i < buffer.Length; i++) if (buffer[i] != staged[i]) return ref buffer[i];
                    return ref buffer[0];
                }
            }
            """),
        new("RefLocalToLocalStructField", EscapeClass.ManagedRef, null, """
            unsafe struct Request { public byte* Path; public int Flags; }
            static unsafe class Requests
            {
                [DllImport("native")] static extern int send(Request* request);
                public static int Send(string path)
                {
                    using var lease = ArenaLease.Rent();
                    Request request = default;
                    ref byte* slot = ref request.Path;
                    slot = lease.Utf8(path);
                    return send(&request);
                }
            }
            """),

        // ---- Caller memory filled with values, or with memory from the caller's own lease.
        new("FillsCallersSpanFromCallersLease", EscapeClass.CallerMemory, null, """
            static unsafe class Names
            {
                public static void Stage(ArenaLease lease, Span<nint> destination, string[] names)
                {
                    for (int i = 0; i < names.Length; i++) destination[i] = (nint)lease.Utf8(names[i]);
                }
                public static int Call(string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    Span<nint> handles = lease.AllocSpan<nint>(names.Length);
                    Stage(lease, handles, names);
                    fixed (nint* first = handles) return Native.Submit(first, names.Length);
                }
            }
            """),
        new("WritesLengthThroughCallersPointer", EscapeClass.CallerMemory, null, """
            static unsafe class Lengths
            {
                public static void Measure(int* destination, string text)
                {
                    using var lease = ArenaLease.Rent();
                    *destination = Native.Length(lease.Utf8(text));
                }
            }
            """),
        new("StackallocSpanFilledWithStagedPointers", EscapeClass.CallerMemory, null, """
            static unsafe class Argv
            {
                public static int Run(string[] args)
                {
                    using var lease = ArenaLease.Rent();
                    Span<nint> argv = stackalloc nint[args.Length];
                    for (int i = 0; i < args.Length; i++) argv[i] = (nint)lease.Utf8(args[i]);
                    fixed (nint* first = argv) return Native.Submit(first, args.Length);
                }
            }
            """),
        new("ArenaCreateInfoFilledThroughPointer", EscapeClass.CallerMemory, null, """
            unsafe struct CreateInfo { public int SType; public byte* ApplicationName; }
            static unsafe class Instances
            {
                public static int Create(string applicationName)
                {
                    using var lease = ArenaLease.Rent();
                    CreateInfo* info = lease.Alloc<CreateInfo>();
                    info->SType = 1;
                    info->ApplicationName = lease.Utf8(applicationName);
                    return Native.Submit(info, 1);
                }
            }
            """),
        new("CallersPointerGetsCallersLeaseMemory", EscapeClass.CallerMemory, null, """
            unsafe struct CreateInfo { public int SType; public byte* ApplicationName; }
            static unsafe class Instances
            {
                public static void Describe(ArenaLease lease, CreateInfo* info, string applicationName)
                {
                    info->SType = 1;
                    info->ApplicationName = lease.Utf8(applicationName);
                }
            }
            """),
        new("CopiesStagedBytesIntoCallersSpan", EscapeClass.CallerMemory, null, """
            static unsafe class Encode
            {
                public static int Utf8(string text, Span<byte> destination)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(text);
                    int length = Native.Length(staged);
                    new ReadOnlySpan<byte>(staged, length).CopyTo(destination);
                    return length;
                }
            }
            """),

        // ---- Pinned arena spans used inside the scope.
        new("PinnedArenaSpanPassedToNative", EscapeClass.PinnedSpan, null, """
            static unsafe class Upload
            {
                public static int Send(int size)
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> buffer = lease.AllocSpan<byte>(size);
                    buffer.Fill(0x20);
                    fixed (byte* pinned = buffer) return Native.Submit(pinned, size);
                }
            }
            """),
        new("PinnedArenaSpanLengthStoredInStatic", EscapeClass.PinnedSpan, null, """
            static unsafe class Probe
            {
                static int s_length;
                public static void Measure(string text)
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> bytes = lease.AllocSpan<byte>(text.Length + 1);
                    System.Text.Encoding.UTF8.GetBytes(text, bytes);
                    fixed (byte* pinned = bytes) s_length = Native.Length(pinned);
                }
            }
            """),
        new("PinnedCopyInLocalStructPassedByAddress", EscapeClass.PinnedSpan, null, """
            unsafe struct Blob { public byte* Data; public nuint Size; }
            static unsafe class Blobs
            {
                [DllImport("native")] static extern int write_blob(Blob* blob);
                public static int Write(byte[] data)
                {
                    using var lease = ArenaLease.Rent();
                    fixed (byte* copy = lease.Copy<byte>(data))
                    {
                        Blob blob = new Blob { Data = copy, Size = (nuint)data.Length };
                        return write_blob(&blob);
                    }
                }
            }
            """),
        new("PinnedElementReadInScope", EscapeClass.PinnedSpan, null, """
            static unsafe class Checksums
            {
                public static int Compute(int[] values)
                {
                    using var lease = ArenaLease.Rent();
                    Span<int> staged = lease.Copy<int>(values);
                    fixed (int* first = &staged[0]) return Native.Sum(first, values.Length);
                }
            }
            """),

        // ---- Outer and inner leases used in order.
        new("OuterAllocationBeforeInnerRent", EscapeClass.OuterLease, null, """
            static unsafe class Messages
            {
                public static int Send(string title, string body)
                {
                    using var outer = ArenaLease.Rent();
                    byte* header = outer.Utf8(title);
                    using (var inner = ArenaLease.Rent())
                    {
                        Native.Use(inner.Utf8(body));
                    }
                    return Native.Length(header);
                }
            }
            """),
        new("OuterAllocationAfterInnerDisposed", EscapeClass.OuterLease, null, """
            static unsafe class Messages
            {
                public static int Send(string title, string body)
                {
                    using var outer = ArenaLease.Rent();
                    using (var inner = ArenaLease.Rent())
                    {
                        Native.Use(inner.Utf8(body));
                    }
                    byte* header = outer.Utf8(title);
                    return Native.Length(header);
                }
            }
            """),
        new("OuterAllocationUsedOnlyInsideInner", EscapeClass.OuterLease, null, """
            static unsafe class Messages
            {
                public static int Send(string title, string body)
                {
                    using var outer = ArenaLease.Rent();
                    using (var inner = ArenaLease.Rent())
                    {
                        byte* header = outer.Utf8(title);
                        Native.Use(inner.Utf8(body));
                        return Native.Length(header);
                    }
                }
            }
            """),
        new("LeasesOnDifferentArenas", EscapeClass.OuterLease, null, """
            static unsafe class Staging
            {
                public static int Run(string name)
                {
                    using var persistent = new Arena();
                    using var outer = ArenaLease.Rent(persistent);
                    byte* kept;
                    using (var scratch = ArenaLease.Rent())
                    {
                        kept = outer.Utf8(name);
                        Native.Use(scratch.Utf8(name));
                    }
                    return Native.Length(kept);
                }
            }
            """),

        // ---- catch and finally blocks that keep nothing.
        new("CatchLogsManagedMessage", EscapeClass.CatchFinally, null, """
            static unsafe class Errors
            {
                static string? s_lastError;
                public static void Run(string command)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        Native.Use(lease.Utf8(command));
                    }
                    catch (Exception exception)
                    {
                        s_lastError = exception.Message;
                    }
                }
            }
            """),
        new("FinallyClearsLocalPointer", EscapeClass.CatchFinally, null, """
            static unsafe class Trace
            {
                public static int Run(string command)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(command);
                    try
                    {
                        return Native.Length(staged);
                    }
                    finally
                    {
                        staged = null;
                    }
                }
            }
            """),
        new("CatchUsesPointerInsideScope", EscapeClass.CatchFinally, null, """
            static unsafe class Retry
            {
                public static int Open(string path)
                {
                    using var lease = ArenaLease.Rent();
                    byte* name = lease.Utf8(path);
                    try
                    {
                        return Native.Length(name);
                    }
                    catch (InvalidOperationException)
                    {
                        Native.Use(name);
                        return -1;
                    }
                }
            }
            """),
        new("FinallyDisposesManualLease", EscapeClass.CatchFinally, null, """
            static unsafe class Manual
            {
                public static int Call(string text)
                {
                    ArenaLease lease = ArenaLease.Rent();
                    try
                    {
                        return Native.Length(lease.Utf8(text));
                    }
                    finally
                    {
                        lease.Dispose();
                    }
                }
            }
            """),
        new("CatchStagesMessageForNativeLogger", EscapeClass.CatchFinally, null, """
            static unsafe class Errors
            {
                public static void Run(string command)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        Native.Use(lease.Utf8(command));
                    }
                    catch (Exception exception)
                    {
                        Native.Use(lease.Utf8(exception.Message));
                    }
                }
            }
            """),

        // ---- Interlocked and Volatile with values, locals, flags.
        new("InterlockedAddsMeasuredLength", EscapeClass.Publication, null, """
            static unsafe class Totals
            {
                static int s_total;
                public static void Add(string text)
                {
                    using var lease = ArenaLease.Rent();
                    Interlocked.Add(ref s_total, Native.Length(lease.Utf8(text)));
                }
            }
            """),
        new("InterlockedExchangeOnLocalHandle", EscapeClass.Publication, null, """
            static unsafe class Swap
            {
                public static void Run(string a, string b)
                {
                    using var lease = ArenaLease.Rent();
                    nint current = (nint)lease.Utf8(a);
                    nint previous = Interlocked.Exchange(ref current, (nint)lease.Utf8(b));
                    Native.UseHandle(previous);
                    Native.UseHandle(current);
                }
            }
            """),
        new("VolatileWriteOfDoneFlag", EscapeClass.Publication, null, """
            static unsafe class Progress
            {
                static bool s_done;
                public static void Finish(string message)
                {
                    using var lease = ArenaLease.Rent();
                    Native.Use(lease.Utf8(message));
                    Volatile.Write(ref s_done, true);
                }
            }
            """),

        // ---- Delegates that run inside the scope, or capture only managed data.
        new("LazyEvaluatedInsideScope", EscapeClass.DeferredDelegate, null, """
            static unsafe class Names
            {
                public static int Length(string name)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(name);
                    var length = new Lazy<int>(() => Native.Length(staged));
                    return length.Value;
                }
            }
            """),
        new("SelectMaterializedIntoArray", EscapeClass.DeferredDelegate, null, """
            static unsafe class Offsets
            {
                public static int[] Bytes(int[] offsets)
                {
                    using var lease = ArenaLease.Rent();
                    byte* block = lease.Alloc<byte>(1024);
                    return offsets.Select(offset => (int)block[offset]).ToArray();
                }
            }
            """),
        new("WhereCountedInsideScope", EscapeClass.DeferredDelegate, null, """
            static unsafe class Filters
            {
                public static int Longer(string[] names, string reference)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(reference);
                    return names.Where(name => name.Length > Native.Length(staged)).Count();
                }
            }
            """),
        new("LazyInStaticOverManagedCopy", EscapeClass.DeferredDelegate, null, """
            static unsafe class Names
            {
                static Lazy<int>? s_length;
                public static void Prepare(string name)
                {
                    string normalized;
                    using (var lease = ArenaLease.Rent())
                    {
                        byte* staged = lease.Utf8(name);
                        Native.Use(staged);
                        normalized = Marshal.PtrToStringUTF8((nint)staged)!;
                    }
                    s_length = new Lazy<int>(() => normalized.Length);
                }
            }
            """),
        new("DeferredQueryOverManagedValues", EscapeClass.DeferredDelegate, null, """
            static unsafe class Lengths
            {
                public static IEnumerable<int> Longer(string[] names, string reference)
                {
                    int limit;
                    using (var lease = ArenaLease.Rent()) limit = Native.Length(lease.Utf8(reference));
                    return names.Select(name => name.Length).Where(length => length > limit);
                }
            }
            """),

        // ---- Frame loops that keep long-lived data below a persistent floor, or re-stage it.
        new("FrameLoopWithPersistentFloor", EscapeClass.Reset, null, """
            static unsafe class Frames
            {
                public static void Run(string title, int frames)
                {
                    using var arena = new Arena();
                    byte* windowTitle = arena.Utf8(title);
                    arena.SetPersistentFloor();
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
        new("FrameLoopReallocatesEachFrame", EscapeClass.Reset, null, """
            static unsafe class Frames
            {
                public static void Run(int frames)
                {
                    using var arena = new Arena();
                    int* commands = arena.Alloc<int>(16);
                    for (int frame = 0; frame < frames; frame++)
                    {
                        Native.Submit(commands, 16);
                        arena.Reset();
                        commands = arena.Alloc<int>(16);
                    }
                }
            }
            """),
        new("FieldArenaResetAfterLastUse", EscapeClass.Reset, null, """
            sealed unsafe class Overlay
            {
                private readonly Arena _frame = new();
                public int Draw(string text)
                {
                    byte* label = _frame.Utf8(text);
                    int length = Native.Length(label);
                    _frame.Reset();
                    return length;
                }
            }
            """),
        new("FrameLoopRestagesTitleEachFrame", EscapeClass.Reset, null, """
            static unsafe class Frames
            {
                public static void Run(string title, int frames)
                {
                    using var arena = new Arena();
                    for (int frame = 0; frame < frames; frame++)
                    {
                        byte* windowTitle = arena.Utf8(title);
                        Native.Use(windowTitle);
                        arena.Reset();
                    }
                }
            }
            """),
        new("StaticArenaResetThenRestaged", EscapeClass.Reset, null, """
            static unsafe class Scratch
            {
                static readonly Arena s_scratch = new();
                public static int Measure(string first, string second)
                {
                    byte* staged = s_scratch.Utf8(first);
                    int length = Native.Length(staged);
                    s_scratch.Reset();
                    staged = s_scratch.Utf8(second);
                    return length + Native.Length(staged);
                }
            }
            """),

        // ---- Throws that leave no lease open.
        new("ThrowInsideUsingScope", EscapeClass.ThrowPath, null, """
            static unsafe class Files
            {
                public static nint Open(string path)
                {
                    using var lease = ArenaLease.Rent();
                    int result = Native.Open(lease.Utf8(path), 0, out nint handle);
                    if (result != 0) throw new System.IO.IOException("open failed: " + result);
                    return handle;
                }
            }
            """),
        new("ThrowAfterExplicitDispose", EscapeClass.ThrowPath, null, """
            static unsafe class Files
            {
                public static nint Open(string path)
                {
                    var lease = ArenaLease.Rent();
                    int result = Native.Open(lease.Utf8(path), 0, out nint handle);
                    lease.Dispose();
                    if (result != 0) throw new System.IO.IOException("open failed: " + result);
                    return handle;
                }
            }
            """),
        new("ThrowCaughtThenLeaseDisposed", EscapeClass.ThrowPath, null, """
            static unsafe class Parse
            {
                public static int Count(string text)
                {
                    var lease = ArenaLease.Rent();
                    int count = 0;
                    try
                    {
                        count = Native.Length(lease.Utf8(text));
                        if (count == 0) throw new FormatException();
                    }
                    catch (FormatException)
                    {
                        count = -1;
                    }
                    lease.Dispose();
                    return count;
                }
            }
            """),
        new("ThrowInsideTryFinallyDispose", EscapeClass.ThrowPath, null, """
            static unsafe class Files
            {
                public static nint Open(string path)
                {
                    ArenaLease lease = ArenaLease.Rent();
                    try
                    {
                        int result = Native.Open(lease.Utf8(path), 0, out nint handle);
                        if (result != 0) throw new System.IO.IOException("open failed");
                        return handle;
                    }
                    finally
                    {
                        lease.Dispose();
                    }
                }
            }
            """),

        // ---- A context pointer published for the length of a callback and cleared in finally.
        new("ThreadStaticContextClearedInFinally", EscapeClass.ContextClearedInFinally, null, """
            static unsafe class Callbacks
            {
                [ThreadStatic] static byte* t_context;
                [DllImport("native")] static extern void run_callbacks();
                public static void Run(string context)
                {
                    using var lease = ArenaLease.Rent();
                    t_context = lease.Utf8(context);
                    try
                    {
                        run_callbacks();
                    }
                    finally
                    {
                        t_context = null;
                    }
                }
            }
            """),
        new("ThreadStaticHandleClearedInFinally", EscapeClass.ContextClearedInFinally, null, """
            static unsafe class Callbacks
            {
                [ThreadStatic] static nint t_state;
                [DllImport("native")] static extern void run_callbacks();
                public static void Run(string state)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        t_state = (nint)lease.Utf8(state);
                        run_callbacks();
                    }
                    finally
                    {
                        t_state = 0;
                    }
                }
            }
            """),
        new("InstanceContextClearedInFinally", EscapeClass.ContextClearedInFinally, null, """
            sealed unsafe class Session
            {
                private byte* _context;
                [DllImport("native")] static extern void pump();
                public void Run(string context)
                {
                    using var lease = ArenaLease.Rent();
                    _context = lease.Utf8(context);
                    try
                    {
                        pump();
                    }
                    finally
                    {
                        _context = null;
                    }
                }
            }
            """),
        new("ThreadStaticContextRestoredInFinally", EscapeClass.ContextClearedInFinally, null, """
            static unsafe class Callbacks
            {
                [ThreadStatic] static byte* t_context;
                [DllImport("native")] static extern void run_callbacks();
                public static void Run(string context)
                {
                    byte* previous = t_context;
                    using var lease = ArenaLease.Rent();
                    t_context = lease.Utf8(context);
                    try
                    {
                        run_callbacks();
                    }
                    finally
                    {
                        t_context = previous;
                    }
                }
            }
            """),

        // ---- A lease rented and disposed under the same condition written as an expression.
        new("RentedAndDisposedUnderSameLengthTest", EscapeClass.SameCondition, null, """
            static unsafe class Labels
            {
                public static int Measure(string text)
                {
                    ArenaLease lease = default;
                    int length = text.Length;
                    if (text.Length > 8)
                    {
                        lease = ArenaLease.Rent();
                        length = Native.Length(lease.Utf8(text));
                    }
                    Native.UseHandle(length);
                    if (text.Length > 8) lease.Dispose();
                    return length;
                }
            }
            """),
        new("RentedAndDisposedUnderSameCountTest", EscapeClass.SameCondition, null, """
            static unsafe class Batch
            {
                public static int Submit(string[] names)
                {
                    ArenaLease lease = default;
                    byte** staged = null;
                    if (names.Length > 0)
                    {
                        lease = ArenaLease.Rent();
                        staged = lease.Utf8Array(names);
                    }
                    int result = Native.Submit(staged, names.Length);
                    if (names.Length > 0) lease.Dispose();
                    return result;
                }
            }
            """),
        new("RentedAndDisposedUnderSameNullTest", EscapeClass.SameCondition, null, """
            static unsafe class Optional
            {
                public static int Call(string? path)
                {
                    ArenaLease lease = default;
                    byte* staged = null;
                    if (path != null)
                    {
                        lease = ArenaLease.Rent();
                        staged = lease.Utf8(path);
                    }
                    int result = Native.Length(staged);
                    if (path != null) lease.Dispose();
                    return result;
                }
            }
            """),
        new("RentedAndDisposedUnderSameThresholdTest", EscapeClass.SameCondition, null, """
            static unsafe class Large
            {
                const int Threshold = 256;
                public static int Send(int size)
                {
                    ArenaLease lease = default;
                    byte* buffer = null;
                    if (size >= Threshold)
                    {
                        lease = ArenaLease.Rent();
                        buffer = lease.Alloc<byte>(size);
                    }
                    int result = Native.Submit(buffer, size);
                    if (size >= Threshold) lease.Dispose();
                    return result;
                }
            }
            """),

        // ---- [ArenaMarshal] declarations whose pointers do not point into staging.
        new("GetenvDeclaredNativeOwned", EscapeClass.StagedOutPointer, null, """
            static unsafe partial class LibC
            {
                [ArenaMarshal("libc", EntryPoint = "getenv")]
                [return: NativeOwned]
                public static partial byte* GetEnvironment(string name);
            }
            """),
        new("OutHandleIsNotAPointerIntoStaging", EscapeClass.StagedOutPointer, null, """
            static unsafe partial class Files
            {
                [ArenaMarshal("native", EntryPoint = "open_file")]
                public static partial int Open(string path, int flags, out nint handle);
            }
            """),
        new("OutBufferWithoutStagedInputs", EscapeClass.StagedOutPointer, null, """
            static unsafe partial class Buffers
            {
                [ArenaMarshal("native", EntryPoint = "alloc_buffer")]
                public static partial int Allocate(int size, out byte* buffer);
            }
            """),
        new("OutPointerDeclaredNativeOwned", EscapeClass.StagedOutPointer, null, """
            static unsafe partial class Dl
            {
                [ArenaMarshal("libdl", EntryPoint = "find_symbol_name")]
                public static partial int FindName(string library, [NativeOwned] out byte* interned);
            }
            """),

        // ---- More correct code around the same classes.
        new("ReturnsHandleFromNativeOpen", EscapeClass.Plain, null, """
            static unsafe class Files
            {
                public static nint Open(string path, int flags)
                {
                    using var lease = ArenaLease.Rent();
                    int result = Native.Open(lease.Utf8(path), flags, out nint handle);
                    return result == 0 ? handle : -1;
                }
            }
            """),
        new("ConditionalOwnedBufferStoredInStatic", EscapeClass.ConditionalStore, null, """
            static unsafe class Buffers
            {
                static nint s_buffer;
                public static void Prepare(bool large, string name)
                {
                    using var lease = ArenaLease.Rent();
                    Native.Use(lease.Utf8(name));
                    s_buffer = large ? (nint)NativeMemory.Alloc(4096) : (nint)NativeMemory.Alloc(256);
                }
            }
            """),
        new("ReturnsRefIntoStaticCache", EscapeClass.ManagedRef, null, """
            static unsafe class Cache
            {
                static readonly int[] s_lengths = new int[16];
                public static ref int Entry(string text, int index)
                {
                    using var lease = ArenaLease.Rent();
                    s_lengths[index] = Native.Length(lease.Utf8(text));
                    return ref s_lengths[index];
                }
            }
            """),
        new("FillsCallersSpanWithLengths", EscapeClass.CallerMemory, null, """
            static unsafe class Lengths
            {
                public static void Measure(Span<int> destination, string[] names)
                {
                    using var lease = ArenaLease.Rent();
                    for (int i = 0; i < names.Length; i++) destination[i] = Native.Length(lease.Utf8(names[i]));
                }
            }
            """),
        new("InterlockedExchangeInstallsOwnedBuffer", EscapeClass.Publication, null, """
            static unsafe class Buffers
            {
                static nint s_buffer;
                public static void Install(string name)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(name);
                    int length = Native.Length(staged);
                    byte* owned = (byte*)NativeMemory.Alloc((nuint)length + 1);
                    Native.Copy(owned, staged, (nuint)length + 1);
                    nint previous = Interlocked.Exchange(ref s_buffer, (nint)owned);
                    if (previous != 0) NativeMemory.Free((void*)previous);
                }
            }
            """),
        new("FrameLoopResetsBeforeStaging", EscapeClass.Reset, null, """
            static unsafe class Frames
            {
                public static void Run(string[] titles)
                {
                    using var arena = new Arena();
                    foreach (string title in titles)
                    {
                        arena.Reset();
                        byte* staged = arena.Utf8(title);
                        Native.Use(staged);
                    }
                }
            }
            """),
        new("ThrowExpressionInsideUsingScope", EscapeClass.ThrowPath, null, """
            static unsafe class Lookup
            {
                public static int Find(string key, Dictionary<string, int> table)
                {
                    using var lease = ArenaLease.Rent();
                    Native.Use(lease.Utf8(key));
                    return table.TryGetValue(key, out int found) ? found : throw new KeyNotFoundException(key);
                }
            }
            """),
        new("CatchDisposesAndRethrows", EscapeClass.ThrowPath, null, """
            static unsafe class Manual
            {
                public static int Call(string text)
                {
                    var lease = ArenaLease.Rent();
                    int length;
                    try
                    {
                        length = Native.Length(lease.Utf8(text));
                    }
                    catch
                    {
                        lease.Dispose();
                        throw;
                    }
                    lease.Dispose();
                    return length;
                }
            }
            """),
        new("OuterThreadLeaseWhileInnerOnOwnArena", EscapeClass.OuterLease, null, """
            static unsafe class Staging
            {
                public static int Run(string name)
                {
                    using var outer = ArenaLease.Rent();
                    using var private_ = new Arena();
                    byte* kept;
                    using (var inner = ArenaLease.Rent(private_))
                    {
                        kept = outer.Utf8(name);
                        Native.Use(inner.Utf8(name));
                    }
                    return Native.Length(kept);
                }
            }
            """),
        new("FinallyRestoresStaticFromNativeMemory", EscapeClass.CatchFinally, null, """
            static unsafe class Scope
            {
                static nint s_current;
                public static void Run(string name)
                {
                    using var lease = ArenaLease.Rent();
                    try
                    {
                        Native.Use(lease.Utf8(name));
                    }
                    finally
                    {
                        s_current = (nint)NativeMemory.Alloc(16);
                    }
                }
            }
            """),

        // ---- Patterns near the new routes that are still correct.
        new("LeasePerIterationRestagedBeforeUse", EscapeClass.Reset, null, """
            static unsafe class Batch
            {
                public static int Total(string[] names)
                {
                    byte* staged = null;
                    int total = 0;
                    foreach (string name in names)
                    {
                        using var lease = ArenaLease.Rent();
                        staged = lease.Utf8(name);
                        total += Native.Length(staged);
                    }
                    return total;
                }
            }
            """),
        new("RefLocalReboundToLocalStructs", EscapeClass.ManagedRef, null, """
            unsafe struct Names { public byte* First; public byte* Second; }
            static unsafe class Pairs
            {
                [DllImport("native")] static extern int pair(Names* names);
                public static int Call(bool swap, string a, string b)
                {
                    using var lease = ArenaLease.Rent();
                    Names names = default;
                    ref byte* slot = ref swap ? ref names.Second : ref names.First;
                    slot = lease.Utf8(a);
                    (swap ? ref names.First : ref names.Second) = lease.Utf8(b);
                    return pair(&names);
                }
            }
            """),
        new("CallersPointerGetsOwnedCopy", EscapeClass.CallerMemory, null, """
            static unsafe class Strings
            {
                public static void Duplicate(byte** destination, string value)
                {
                    using var lease = ArenaLease.Rent();
                    byte* staged = lease.Utf8(value);
                    int length = Native.Length(staged);
                    byte* owned = (byte*)NativeMemory.Alloc((nuint)length + 1);
                    Native.Copy(owned, staged, (nuint)length + 1);
                    *destination = owned;
                }
            }
            """),
        new("OwnedScratchBufferFilledWithPointers", EscapeClass.CallerMemory, null, """
            sealed unsafe class CommandLine : IDisposable
            {
                private readonly byte** _argv = (byte**)NativeMemory.Alloc(64, (nuint)sizeof(byte*));
                [DllImport("native")] static extern int run(int argc, byte** argv);
                public int Run(string[] args)
                {
                    using var lease = ArenaLease.Rent();
                    for (int i = 0; i < args.Length; i++) _argv[i] = lease.Utf8(args[i]);
                    return run(args.Length, _argv);
                }
                public void Dispose() => NativeMemory.Free(_argv);
            }
            """),
        new("OuterAllocationAfterInnerRentedConditionally", EscapeClass.OuterLease, null, """
            static unsafe class Optional
            {
                public static int Call(string title, string? detail)
                {
                    using var outer = ArenaLease.Rent();
                    byte* header = outer.Utf8(title);
                    if (detail is not null)
                    {
                        using var inner = ArenaLease.Rent();
                        Native.Use(inner.Utf8(detail));
                    }
                    return Native.Length(header);
                }
            }
            """),
        new("DelegateArgumentToSynchronousConstructor", EscapeClass.DeferredDelegate, null, """
            sealed class Visitor
            {
                private readonly Func<int, int> _map;
                public Visitor(Func<int, int> map) => _map = map;
                public int Visit(int[] values) { int total = 0; foreach (int v in values) total += _map(v); return total; }
            }
            static unsafe class Visits
            {
                public static int Sum(int[] offsets)
                {
                    using var lease = ArenaLease.Rent();
                    byte* block = lease.Alloc<byte>(256);
                    var visitor = new Visitor(offset => block[offset]);
                    return visitor.Visit(offsets);
                }
            }
            """),
        new("StaticContextSetAndClearedAroundNestedScope", EscapeClass.ContextClearedInFinally, null, """
            static unsafe class Hooks
            {
                static nint s_current;
                [DllImport("native")] static extern void dispatch();
                public static void Dispatch(string name)
                {
                    using var lease = ArenaLease.Rent();
                    nint previous = s_current;
                    s_current = (nint)lease.Utf8(name);
                    try
                    {
                        dispatch();
                    }
                    finally
                    {
                        s_current = previous;
                    }
                }
            }
            """),
        new("CatchRethrowsAfterUsingScope", EscapeClass.CatchFinally, null, """
            static unsafe class Files
            {
                public static int Read(string path)
                {
                    try
                    {
                        using var lease = ArenaLease.Rent();
                        return Native.Length(lease.Utf8(path));
                    }
                    catch (System.IO.IOException exception)
                    {
                        throw new InvalidOperationException("read failed: " + path, exception);
                    }
                }
            }
            """),
        new("ComparesPreviousPointerByAddressOnly", EscapeClass.Reset, null, """
            static unsafe class Frames
            {
                public static int Changes(string[] titles)
                {
                    using var arena = new Arena();
                    byte* previous = null;
                    int changes = 0;
                    foreach (string title in titles)
                    {
                        byte* current = arena.Utf8(title);
                        if (current != previous) changes++;
                        previous = current;
                        arena.Reset();
                    }
                    return changes;
                }
            }
            """),
    };
}
