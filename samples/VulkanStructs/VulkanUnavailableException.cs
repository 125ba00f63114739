using System;

namespace VulkanStructs;

/// <summary>The machine has no usable Vulkan: the loader library is missing or no driver accepts an instance.</summary>
public sealed class VulkanUnavailableException : Exception
{
    /// <summary>What to install on Debian/Ubuntu to run the sample on the CPU.</summary>
    public const string InstallHint =
        "Install the Vulkan loader and a driver, for example Mesa's CPU driver (lavapipe): " +
        "sudo apt-get install libvulkan1 mesa-vulkan-drivers (and vulkan-validationlayers for the validation layer).";

    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What went wrong.</param>
    /// <param name="inner">The underlying failure, if any.</param>
    public VulkanUnavailableException(string reason, Exception? inner = null)
        : base(reason + " " + InstallHint, inner)
    {
    }
}
