using System;
using System.Runtime.CompilerServices;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// The stubs of matrix rows 7-9 written by hand: the same signature as the generated stub (the caller's shape by
/// <c>in</c>), a body that handles any value of it (optional parts absent, arrays of any length, null strings), and
/// everything on the stack sized up front. Faster than any stub can be in one respect: no spill path, so a large input
/// overflows the stack instead of going to the heap or an arena.
/// </summary>
internal static unsafe class HandWrittenStubs
{
    /// <summary>Row 7: VkDebugUtilsObjectNameInfoEXT with its name in a stack buffer.</summary>
    [SkipLocalsInit]
    public static void ObjectName(in ObjectNameShape nameInfo)
    {
        string? name = nameInfo.ObjectName;
        int capacity = name is null ? 0 : Utf8Stack.MaxSize(name);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        DebugUtilsObjectNameInfoEXT native = new()
        {
            SType = nameInfo.SType,
            PNext = nameInfo.PNext,
            ObjectType = nameInfo.ObjectType,
            ObjectHandle = nameInfo.ObjectHandle,
            PObjectName = name is null ? null : Utf8Stack.Put(buffer, capacity, ref offset, name),
        };
        BenchNative.RawObjectName(&native);
    }

    /// <summary>Row 8: VkInstanceCreateInfo with optional application info and messenger, strings in one stack buffer.</summary>
    [SkipLocalsInit]
    public static void Instance(in InstanceInfoShape createInfo)
    {
        ref readonly AppInfoShape application = ref System.Nullable.GetValueRefOrDefaultRef(in createInfo.ApplicationInfo);
        string[]? layers = createInfo.EnabledLayerNames;
        string[]? extensions = createInfo.EnabledExtensionNames;
        int capacity = MaxSize(application.ApplicationName) + MaxSize(application.EngineName) + MaxSize(layers) + MaxSize(extensions);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        int layerCount = layers?.Length ?? 0;
        int extensionCount = extensions?.Length ?? 0;
        byte** layerNames = PutAll(stackalloc nint[layerCount], layers, buffer, capacity, ref offset);
        byte** extensionNames = PutAll(stackalloc nint[extensionCount], extensions, buffer, capacity, ref offset);
        ApplicationInfo applicationInfo;
        DebugUtilsMessengerCreateInfoEXT messenger;
        InstanceCreateInfo native = new()
        {
            SType = createInfo.SType,
            Flags = (InstanceCreateFlags)createInfo.Flags,
            EnabledLayerCount = (uint)layerCount,
            PpEnabledLayerNames = layerNames,
            EnabledExtensionCount = (uint)extensionCount,
            PpEnabledExtensionNames = extensionNames,
        };
        if (createInfo.ApplicationInfo.HasValue)
        {
            applicationInfo = new()
            {
                SType = application.SType,
                PNext = application.PNext,
                PApplicationName = Put(buffer, capacity, ref offset, application.ApplicationName),
                ApplicationVersion = application.ApplicationVersion,
                PEngineName = Put(buffer, capacity, ref offset, application.EngineName),
                EngineVersion = application.EngineVersion,
                ApiVersion = application.ApiVersion,
            };
            native.PApplicationInfo = &applicationInfo;
        }
        if (createInfo.PNext.HasValue)
        {
            ref readonly DebugMessengerShape next = ref System.Nullable.GetValueRefOrDefaultRef(in createInfo.PNext);
            messenger = new()
            {
                SType = next.SType,
                PNext = next.PNext,
                Flags = next.Flags,
                MessageSeverity = next.MessageSeverity,
                MessageType = next.MessageType,
                PUserData = next.UserData,
            };
            *(void**)&messenger.PfnUserCallback = next.UserCallback;
            native.PNext = &messenger;
        }
        BenchNative.RawInstance(&native);
    }

    /// <summary>Row 9: VkDeviceCreateInfo for any number of queues; queue infos, priorities and names copied to the stack.</summary>
    [SkipLocalsInit]
    public static void Device(in DeviceInfoShape createInfo)
    {
        QueueInfoShape[]? source = createInfo.QueueCreateInfos;
        int queueCount = source?.Length ?? 0;
        int floats = 0;
        for (int i = 0; i < queueCount; i++) floats += source![i].QueuePriorities?.Length ?? 0;
        string[]? layers = createInfo.EnabledLayerNames;
        string[]? extensions = createInfo.EnabledExtensionNames;
        int capacity = MaxSize(layers) + MaxSize(extensions);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        int layerCount = layers?.Length ?? 0;
        int extensionCount = extensions?.Length ?? 0;
        byte** layerNames = PutAll(stackalloc nint[layerCount], layers, buffer, capacity, ref offset);
        byte** extensionNames = PutAll(stackalloc nint[extensionCount], extensions, buffer, capacity, ref offset);
        DeviceQueueCreateInfo* queues = stackalloc DeviceQueueCreateInfo[queueCount];
        float* priorities = stackalloc float[floats];
        for (int i = 0; i < queueCount; i++)
        {
            ref readonly QueueInfoShape queue = ref source![i];
            float[]? values = queue.QueuePriorities;
            int count = values?.Length ?? 0;
            for (int j = 0; j < count; j++) priorities[j] = values![j];
            queues[i] = new DeviceQueueCreateInfo
            {
                SType = queue.SType,
                PNext = queue.PNext,
                Flags = (DeviceQueueCreateFlags)queue.Flags,
                QueueFamilyIndex = queue.QueueFamilyIndex,
                QueueCount = (uint)count,
                PQueuePriorities = count == 0 ? null : priorities,
            };
            priorities += count;
        }
        DeviceCreateInfo native = new()
        {
            SType = createInfo.SType,
            PNext = createInfo.PNext,
            Flags = createInfo.Flags,
            QueueCreateInfoCount = (uint)queueCount,
            PQueueCreateInfos = queueCount == 0 ? null : queues,
            EnabledLayerCount = (uint)layerCount,
            PpEnabledLayerNames = layerNames,
            EnabledExtensionCount = (uint)extensionCount,
            PpEnabledExtensionNames = extensionNames,
            PEnabledFeatures = createInfo.EnabledFeatures,
        };
        BenchNative.RawDevice(&native);
    }

    private static int MaxSize(string? s) => s is null ? 0 : Utf8Stack.MaxSize(s);

    private static int MaxSize(string[]? values)
    {
        int size = 0;
        if (values is not null)
        {
            foreach (string s in values) size += MaxSize(s);
        }
        return size;
    }

    /// <summary>Encodes <paramref name="values"/> into <paramref name="buffer"/>, their pointers into <paramref name="names"/>; null when there are none.</summary>
    private static byte** PutAll(Span<nint> names, string[]? values, byte* buffer, int capacity, ref int offset)
    {
        if (names.IsEmpty) return null;
        for (int i = 0; i < names.Length; i++) names[i] = (nint)Put(buffer, capacity, ref offset, values![i]);
        return (byte**)Unsafe.AsPointer(ref names[0]);
    }

    private static byte* Put(byte* buffer, int capacity, ref int offset, string? s) => s is null ? null : Utf8Stack.Put(buffer, capacity, ref offset, s);
}
