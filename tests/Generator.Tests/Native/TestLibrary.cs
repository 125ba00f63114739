using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena.Generator.Tests.Native;

/// <summary>
/// Compiles tests/native/shapes/paramarena_test.c with gcc once per test run and resolves the library name
/// <see cref="Name"/> to the result, so the tests call real C code that checks what it receives.
/// </summary>
internal static class TestLibrary
{
    /// <summary>The library name the test declarations use in <c>[ArenaMarshal]</c>.</summary>
    public const string Name = "paramarena_test";

    private static readonly Lazy<string> s_path = new(Compile);

    /// <summary>The compiled library's file (for tests that open copies of it with <see cref="NativeLibrary.Load(string)"/>).</summary>
    public static string FilePath => s_path.Value;

    /// <summary>The repository root (the directory holding ParamArena.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "ParamArena.sln"))) return d.FullName;
            }
            throw new InvalidOperationException("ParamArena.sln not found above " + AppContext.BaseDirectory);
        }
    }

    [ModuleInitializer]
    internal static void RegisterResolver() =>
        NativeLibrary.SetDllImportResolver(typeof(TestLibrary).Assembly, Resolve);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == Name ? NativeLibrary.Load(s_path.Value) : IntPtr.Zero;

    private static string Compile()
    {
        string source = Path.Combine(RepositoryRoot, "tests", "native", "shapes", "paramarena_test.c");
        string directory = Path.Combine(Path.GetTempPath(), "paramarena-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        string output = Path.Combine(directory, "libparamarena_test.so");
        ProcessStartInfo gcc = new("gcc")
        {
            ArgumentList = { "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-o", output, source },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using Process process = Process.Start(gcc) ?? throw new InvalidOperationException("gcc did not start");
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("gcc failed: " + errors);
        return output;
    }
}
