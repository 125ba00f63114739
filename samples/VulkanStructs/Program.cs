using System;
using VulkanStructs;

// Runs the compute job on whatever Vulkan device the machine has and prints what it found.
// Exit codes: 0 verified, 1 wrong results or validation messages, 2 no Vulkan, 3 a Vulkan error.
ComputeJobOptions options = new()
{
    Validation = !HasFlag(args, "--no-validation"),
    Verbose = HasFlag(args, "--verbose"),
};

try
{
    ComputeJobResult result = ComputeJob.Run(options);
    Console.WriteLine($"Device:                 {result.DeviceName} ({result.DeviceType}, Vulkan {result.ApiVersion})");
    Console.WriteLine($"Validation layer:       {(result.ValidationEnabled ? (result.SynchronizationValidationEnabled ? "enabled (with synchronization validation)" : "enabled") : "not enabled")}, {result.ValidationMessages} warnings/errors, {result.InfoMessages} info messages");
    Console.WriteLine($"Result check:           {(result.Verified ? "verified" : "FAILED")}: {result.Runs} dispatches x {result.ElementCount} elements, {result.Mismatches} mismatches (output = input * {options.Factor} + {options.Offset})");
    Console.WriteLine($"Arena high-water mark:  {result.ArenaHighWaterMark} bytes");
    Console.WriteLine($"Managed bytes allocated by the Vulkan calls after warm-up: {result.ManagedBytesAfterWarmUp}");
    return result.Verified && result.ValidationMessages == 0 ? 0 : 1;
}
catch (VulkanUnavailableException e)
{
    Console.Error.WriteLine("Vulkan is not available on this machine.");
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (VulkanException e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}

static bool HasFlag(string[] args, string flag) => Array.IndexOf(args, flag) >= 0;
