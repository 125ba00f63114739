using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using ParamArena;
using VulkanStructs.Vulkan;

namespace VulkanStructs;

/// <summary>
/// The debug-utils messenger: its create-info (chained into the instance create-info and passed to
/// vkCreateDebugUtilsMessengerEXT), and the <c>[UnmanagedCallersOnly]</c> callback that counts and
/// prints what the validation layer reports.
/// </summary>
public static unsafe class ValidationMessenger
{
    private static long s_problems;
    private static long s_infos;
    private static int s_verbose;

    /// <summary>Warnings and errors received since the last <see cref="Reset"/>.</summary>
    public static long Problems => Interlocked.Read(ref s_problems);

    /// <summary>
    /// The message ids (such as a VUID) of the first <see cref="KeptProblemIds"/> warnings and errors since the
    /// last <see cref="Reset"/>, so a caller can tell which rule was broken, not just that one was.
    /// </summary>
    public static IReadOnlyCollection<string> ProblemIds => s_problemIds.ToArray();

    /// <summary>How many problem ids <see cref="ProblemIds"/> keeps; a flood of messages must not grow memory.</summary>
    public const int KeptProblemIds = 64;

    private static readonly ConcurrentQueue<string> s_problemIds = new();

    /// <summary>Informational messages received since the last <see cref="Reset"/>.</summary>
    public static long Infos => Interlocked.Read(ref s_infos);

    /// <summary>Zeroes the counters and chooses whether informational messages are printed.</summary>
    /// <param name="printInfo">Print informational messages as well as warnings and errors.</param>
    public static void Reset(bool printInfo)
    {
        Interlocked.Exchange(ref s_problems, 0);
        Interlocked.Exchange(ref s_infos, 0);
        s_problemIds.Clear();
        Volatile.Write(ref s_verbose, printInfo ? 1 : 0);
    }

    /// <summary>The messenger's create-info: info, warning and error messages of every type go to <see cref="OnMessage"/>.</summary>
    public static DebugUtilsMessengerCreateInfoEXT CreateInfo() => new()
    {
        SType = StructureType.DebugUtilsMessengerCreateInfoEXT,
        MessageSeverity = DebugUtilsMessageSeverityFlagsEXT.Info | DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error,
        MessageType = DebugUtilsMessageTypeFlagsEXT.General | DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance,
        UserCallback = &OnMessage,
    };

    /// <summary>
    /// Creates a messenger for everything between vkCreateInstance and vkDestroyInstance. The loader does
    /// not export extension commands, so this one is fetched with vkGetInstanceProcAddr and called through
    /// a function pointer, staging the create-info by hand with <c>ArenaStaging.Stage</c>.
    /// </summary>
    /// <param name="instance">An instance created with VK_EXT_debug_utils enabled.</param>
    public static DebugUtilsMessengerEXT Create(Instance instance)
    {
        var create = (delegate* unmanaged<Instance, DebugUtilsMessengerCreateInfoEXT.Native*, AllocationCallbacks*, DebugUtilsMessengerEXT*, Result>)
            Vk.GetInstanceProcAddr(instance, "vkCreateDebugUtilsMessengerEXT");
        if (create == null) throw new VulkanException("vkGetInstanceProcAddr(vkCreateDebugUtilsMessengerEXT)", Result.ErrorExtensionNotPresent);

        DebugUtilsMessengerCreateInfoEXT createInfo = CreateInfo();
        DebugUtilsMessengerEXT messenger;
        using (ArenaLease lease = ArenaLease.Rent())
        {
            VulkanException.ThrowIfFailed(create(instance, ArenaStaging.Stage<DebugUtilsMessengerCreateInfoEXT, DebugUtilsMessengerCreateInfoEXT.Native>(lease, in createInfo), null, &messenger), "vkCreateDebugUtilsMessengerEXT");
        }
        return messenger;
    }

    /// <summary>Destroys a messenger made by <see cref="Create"/>; does nothing for a null handle.</summary>
    /// <param name="instance">The instance the messenger belongs to.</param>
    /// <param name="messenger">The messenger.</param>
    public static void Destroy(Instance instance, DebugUtilsMessengerEXT messenger)
    {
        if (messenger.IsNull) return;
        var destroy = (delegate* unmanaged<Instance, DebugUtilsMessengerEXT, AllocationCallbacks*, void>)
            Vk.GetInstanceProcAddr(instance, "vkDestroyDebugUtilsMessengerEXT");
        if (destroy != null) destroy(instance, messenger, null);
    }

    /// <summary>PFN_vkDebugUtilsMessengerCallbackEXT: counts the message and prints warnings and errors.</summary>
    [UnmanagedCallersOnly]
    private static uint OnMessage(DebugUtilsMessageSeverityFlagsEXT severity, DebugUtilsMessageTypeFlagsEXT types, DebugUtilsMessengerCallbackDataEXT* data, void* userData)
    {
        // An exception must not unwind into the layer's native frames.
        try
        {
            bool problem = (severity & (DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error)) != 0;
            Interlocked.Increment(ref problem ? ref s_problems : ref s_infos);
            if (problem || Volatile.Read(ref s_verbose) != 0)
            {
                string message = data == null ? "(no data)" : Utf8(data->Message);
                string id = data == null ? "" : Utf8(data->MessageIdName);
                Console.Error.WriteLine($"[vulkan {severity} {types}] {id}: {message}");
                if (problem && s_problemIds.Count < KeptProblemIds) s_problemIds.Enqueue(id);
            }
        }
        catch (Exception)
        {
            Interlocked.Increment(ref s_problems);
        }
        return 0; // VK_FALSE: never abort the call that triggered the message.
    }

    private static string Utf8(byte* text) => text == null ? "" : Marshal.PtrToStringUTF8((nint)text) ?? "";
}
