using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using ParamArena;
using VulkanBindings;

namespace VulkanStructs;

/// <summary>
/// The debug-utils messenger: its create-info (chained into the instance create-info and passed to
/// vkCreateDebugUtilsMessengerEXT), and the <c>[ArenaCallback]</c> callback that counts and
/// prints what the validation layer reports.
/// </summary>
public static unsafe partial class ValidationMessenger
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
        MessageSeverity = DebugUtilsMessageSeverityFlagsEXT.Info | DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error,
        MessageType = DebugUtilsMessageTypeFlagsEXT.General | DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance,
        PfnUserCallback = OnMessagePointer,
    };

    /// <summary>Creates a messenger on <paramref name="instance"/> through its extension commands.</summary>
    /// <param name="commands">The instance's extension commands.</param>
    /// <param name="instance">The instance.</param>
    /// <returns>The messenger.</returns>
    public static DebugUtilsMessengerEXT Create(InstanceCommands commands, Instance instance)
    {
        DebugUtilsMessengerCreateInfoEXT createInfo = CreateInfo();
        VulkanException.ThrowIfFailed(commands.CreateDebugUtilsMessengerEXT(instance, in createInfo, null, out DebugUtilsMessengerEXT messenger), "vkCreateDebugUtilsMessengerEXT");
        return messenger;
    }

    /// <summary>Destroys a messenger <see cref="Create"/> made (nothing for a null one).</summary>
    /// <param name="commands">The instance's extension commands.</param>
    /// <param name="instance">The instance.</param>
    /// <param name="messenger">The messenger.</param>
    public static void Destroy(InstanceCommands commands, Instance instance, DebugUtilsMessengerEXT messenger)
    {
        if (!messenger.IsNull) commands.DestroyDebugUtilsMessengerEXT(instance, messenger, null);
    }

    // Info messages arrive during calls that must allocate nothing, so the data is taken as its native struct and decoded
    // (by the shape's generated Read) only when printed. The trampoline reports an exception to ArenaCallbacks.UnhandledException.
    [ArenaCallback]
    private static Bool32 OnMessage(DebugUtilsMessageSeverityFlagsEXT severity, DebugUtilsMessageTypeFlagsEXT types, DebugUtilsMessengerCallbackDataEXT.Native* data, void* userData)
    {
        // A finding is a warning or error about validation or performance; the loader's own notices (type General, such
        // as the one VK_INSTANCE_LAYERS causes) are information, not findings.
        bool problem = (severity & (DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error)) != 0
            && (types & (DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance)) != 0;
        Interlocked.Increment(ref problem ? ref s_problems : ref s_infos);
        if (problem || Volatile.Read(ref s_verbose) != 0)
        {
            DebugUtilsMessengerCallbackDataEXT decoded = ArenaStaging.Read<DebugUtilsMessengerCallbackDataEXT, DebugUtilsMessengerCallbackDataEXT.Native>(data);
            string id = decoded.MessageIdName ?? "";
            Console.Error.WriteLine($"[vulkan {severity} {types}] {id}: {decoded.Message}");
            if (problem && s_problemIds.Count < KeptProblemIds) s_problemIds.Enqueue(id);
        }
        return false; // VK_FALSE: never abort the call that triggered the message.
    }
}
