using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace ParamArena.Tests.Native;

/// <summary>
/// Compiles a C source file of the repository with gcc into a shared library, once per test run, and loads it
/// with <see cref="NativeLibrary"/>, so tests call real native code built from source on this machine.
/// </summary>
internal static class GccLibrary
{
    private static readonly ConcurrentDictionary<string, Lazy<nint>> Loaded = new();

    /// <summary>Compiles (first call only) and loads <paramref name="repositoryRelativeSource"/>, e.g. <c>tests/native/pool/pool_borrow.c</c>.</summary>
    /// <returns>The library handle, valid for the rest of the run.</returns>
    public static nint Load(string repositoryRelativeSource) =>
        Loaded.GetOrAdd(repositoryRelativeSource, source => new Lazy<nint>(() => CompileAndLoad(source))).Value;

    /// <summary>The address of <paramref name="symbol"/> in a library from <see cref="Load"/>.</summary>
    public static nint Export(nint library, string symbol) => NativeLibrary.GetExport(library, symbol);

    private static nint CompileAndLoad(string repositoryRelativeSource)
    {
        string source = Path.Combine(FindRepositoryRoot(), repositoryRelativeSource);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException("The C source to compile is missing.", source);
        }

        string directory = Path.Combine(Path.GetTempPath(), "paramarena-tests", Environment.ProcessId.ToString());
        Directory.CreateDirectory(directory);
        string output = Path.Combine(directory, Path.GetFileNameWithoutExtension(source) + ".so");

        var start = new ProcessStartInfo("gcc")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "-shared", "-fPIC", "-O2", "-pthread", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", output, source })
        {
            start.ArgumentList.Add(argument);
        }

        using Process gcc = Process.Start(start) ?? throw new InvalidOperationException("gcc could not be started.");
        string errors = gcc.StandardError.ReadToEnd();
        gcc.StandardOutput.ReadToEnd();
        gcc.WaitForExit();
        if (gcc.ExitCode != 0)
        {
            throw new InvalidOperationException($"gcc failed ({gcc.ExitCode}) on {source}:\n{errors}");
        }

        return NativeLibrary.Load(output);
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParamArena.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ParamArena.sln above {AppContext.BaseDirectory}.");
    }
}
