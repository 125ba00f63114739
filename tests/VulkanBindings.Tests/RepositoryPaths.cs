using System;
using System.IO;

namespace VulkanBindings.Tests;

/// <summary>Where the repository and the installed registry are.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding ParamArena.sln, found upwards from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed generated bindings.</summary>
    public static string Generated => Path.Combine(Root, "samples", "VulkanBindings", "Generated");

    private static string FindRoot()
    {
        for (DirectoryInfo? at = new(AppContext.BaseDirectory); at is not null; at = at.Parent)
        {
            if (File.Exists(Path.Combine(at.FullName, "ParamArena.sln"))) return at.FullName;
        }
        throw new InvalidOperationException("ParamArena.sln not found above " + AppContext.BaseDirectory);
    }
}
