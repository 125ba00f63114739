using System;

namespace ParamArena;

/// <summary>
/// The process-wide switch for checked mode, shared by the arena and the pool:
/// the environment variable <c>PARAMARENA_CHECKS=1</c> turns checks on for every allocator
/// whose options do not say otherwise.
/// </summary>
internal static class RuntimeChecks
{
    /// <summary>The environment variable that turns checked mode on (<c>1</c> or <c>true</c>).</summary>
    public const string EnvironmentVariable = "PARAMARENA_CHECKS";

    /// <summary>Read once: checked mode is chosen at start-up, so the unchecked hot path tests a constant-like field.</summary>
    public static readonly bool EnabledByEnvironment = Parse(Environment.GetEnvironmentVariable(EnvironmentVariable));

    private static bool Parse(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
}
