using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Diagnostics;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// The benchmarks' native target: no-op C functions compiled with gcc on first use (in each BenchmarkDotNet
/// process) and resolved for the library name <see cref="Name"/>. The source is here so the benchmark is self-contained.
/// </summary>
internal static class BenchLibrary
{
    /// <summary>The library name the declarations use.</summary>
    public const string Name = "paramarena_bench";

    /// <summary>Every function reads nothing and returns at once (bench_two_strings writes its out parameter): the benchmarks measure marshalling only.</summary>
    private const string Source = """
        void bench_noop_string(const char* s) { (void)s; }
        void bench_noop_strings(const char* const* items, int count) { (void)items; (void)count; }
        void bench_noop_instance(const void* createInfo) { (void)createInfo; }
        void bench_noop_device(const void* createInfo) { (void)createInfo; }
        void bench_noop_utf16(const unsigned short* s) { (void)s; }
        void bench_two_strings(const char* a, const char* b, int flags, int* result) { (void)a; (void)b; *result = flags; }
        void bench_noop_span(const int* data, int count) { (void)data; (void)count; }
        void bench_noop_object_name(const void* nameInfo) { (void)nameInfo; }
        """;

    private static readonly Lazy<string> s_path = new(Compile);

    [ModuleInitializer]
    internal static void RegisterResolver() =>
        NativeLibrary.SetDllImportResolver(typeof(BenchLibrary).Assembly, Resolve);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == Name ? NativeLibrary.Load(s_path.Value) : IntPtr.Zero;

    private static string Compile()
    {
        string directory = Path.Combine(Path.GetTempPath(), "paramarena-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        string source = Path.Combine(directory, "bench.c");
        string output = Path.Combine(directory, "libparamarena_bench.so");
        File.WriteAllText(source, Source);
        ProcessStartInfo gcc = new("gcc") { ArgumentList = { "-shared", "-fPIC", "-O2", "-o", output, source }, RedirectStandardError = true };
        using Process process = Process.Start(gcc) ?? throw new InvalidOperationException("gcc did not start");
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("gcc failed: " + errors);
        return output;
    }
}
