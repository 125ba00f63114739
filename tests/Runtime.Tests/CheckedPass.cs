using System;
using Xunit;

namespace ParamArena.Tests;

/// <summary>What the test process was started with, read here rather than through the runtime under test.</summary>
internal static class CheckedPass
{
    /// <summary>True in eng/test.sh's second pass (PARAMARENA_CHECKS=1), which exists to run the tests that need it.</summary>
    public static bool Requested { get; } = Environment.GetEnvironmentVariable("PARAMARENA_CHECKS") is "1" or "true";
}

/// <summary>
/// A test of what PARAMARENA_CHECKS=1 turns on. It runs in the checked pass and shows as skipped in the normal
/// one (never as a pass that tested nothing); the checked pass fails if any of its tests is skipped.
/// </summary>
public sealed class CheckedPassFactAttribute : FactAttribute
{
    public CheckedPassFactAttribute()
    {
        if (!CheckedPass.Requested) Skip = "needs PARAMARENA_CHECKS=1: runs in eng/test.sh's checked pass";
    }
}
