using System;
using VulkanBindings;

namespace VulkanStructs;

/// <summary>A Vulkan command returned an error.</summary>
public sealed class VulkanException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="command">The Vulkan command that failed.</param>
    /// <param name="result">What it returned.</param>
    public VulkanException(string command, Result result)
        : base($"{command} returned {result} ({(int)result}).")
    {
        Command = command;
        Result = result;
    }

    /// <summary>The Vulkan command that failed.</summary>
    public string Command { get; }

    /// <summary>What it returned.</summary>
    public Result Result { get; }

    /// <summary>Throws unless <paramref name="result"/> is <see cref="Result.Success"/>.</summary>
    /// <param name="result">The command's result.</param>
    /// <param name="command">The command's name, for the message.</param>
    public static void ThrowIfFailed(Result result, string command)
    {
        if (result != Result.Success) throw new VulkanException(command, result);
    }
}
