namespace ParamArena.Generator.Tests.Driver;

/// <summary>Input programs for the snapshot, incremental and robustness tests.</summary>
internal static class Sources
{
    public const string Vulkanish = """
        using System;
        using System.Runtime.InteropServices;
        using ParamArena;

        namespace Sample;

        public enum Result { Success = 0 }

        [ArenaStruct]
        public unsafe partial struct ApplicationInfo
        {
            public uint SType;
            public void* PNext;
            public string? ApplicationName;
            public uint ApplicationVersion;
        }

        [ArenaStruct]
        public unsafe partial struct DebugMessengerInfo
        {
            public uint SType;
            public void* PNext;
            public uint Severity;
            public delegate* unmanaged<int, void*, int> Callback;
        }

        [ArenaStruct]
        public partial struct InstanceCreateInfo
        {
            public uint SType;
            public DebugMessengerInfo? PNext;
            public uint Flags;
            public ApplicationInfo? ApplicationInfo;
            [ArenaCount("EnabledLayerCount")]
            public string[]? EnabledLayerNames;
            [ArenaCount("EnabledExtensionCount")]
            public string[]? EnabledExtensionNames;
        }

        [ArenaStruct]
        public partial struct SubmitInfo
        {
            [ArenaCount("WaitSemaphoreCount")]
            public ulong[]? WaitSemaphores;
            [ArenaCount("WaitSemaphoreCount")]
            public uint[]? WaitDstStageMask;
            [MarshalAs(UnmanagedType.U1)]
            public bool Protected;
            [ArenaCount("CodeSize", CountType = typeof(nuint), InBytes = true, Position = ArenaCountPosition.AfterPointer)]
            public uint[]? Code;
        }

        public static unsafe partial class Vk
        {
            [ArenaMarshal("vulkan", EntryPoint = "vkCreateInstance")]
            public static partial Result CreateInstance(in InstanceCreateInfo createInfo, void* allocator, out nint instance);

            [ArenaMarshal("vulkan", EntryPoint = "vkQueueSubmit", SetLastError = true)]
            public static partial Result QueueSubmit(nint queue, [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<SubmitInfo> submits, SubmitInfo? extra);
        }

        public sealed class FileHandle : SafeHandle
        {
            public FileHandle() : base(IntPtr.Zero, true) { }
            public override bool IsInvalid => handle == IntPtr.Zero;
            protected override bool ReleaseHandle() => true;
        }

        internal static unsafe partial class Mixed
        {
            [ArenaMarshal("native", StringMarshalling = StringMarshalling.Utf16)]
            internal static partial string? Describe(string name, string[] tags, ref bool flag, [MarshalAs(UnmanagedType.U1)] bool small, char letter, out FileHandle handle, FileHandle existing, Span<int> data, in double scale);
        }

        public static unsafe partial class Hooks
        {
            [ArenaCallback]
            public static bool OnMessage(uint severity, in DebugMessengerInfo info, ApplicationInfo? application, string? message,
                [ArenaCountParameter(5)] SubmitInfo[] submits, void* user) => submits.Length > 0;
        }
        """;
}
