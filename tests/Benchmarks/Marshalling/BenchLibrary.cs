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

    /// <summary>
    /// Every target returns at once, unless armed by <c>bench_arm</c>: then its next call records a digest of
    /// everything it was given (strings, arrays and nested structs, followed through their pointers) and disarms.
    /// <see cref="BenchCheck"/> arms, calls each variant once in [GlobalSetup] and compares the digest with one
    /// computed from the managed inputs, so a variant that hands C less, or other data, cannot look faster. In
    /// the measured calls the check costs every variant the same: one load and one branch.
    /// </summary>
    private const string Source = """
        #include <stddef.h>
        #include <stdint.h>
        #include <string.h>

        static int armed, recorded;
        static uint64_t digest;

        void bench_arm(void) { armed = 1; recorded = 0; digest = 0; }
        int bench_recorded(void) { return recorded; }
        uint64_t bench_digest(void) { return digest; }

        /* FNV-1a over the 8 little-endian bytes of v; mirrored by BenchDigest in C#. */
        static uint64_t mix(uint64_t h, uint64_t v)
        {
            for (int i = 0; i < 8; i++) { h ^= (v >> (8 * i)) & 0xFF; h *= 1099511628211ull; }
            return h;
        }
        static uint64_t mix_str(uint64_t h, const char* s)
        {
            if (s == NULL) return mix(h, UINT64_MAX);
            for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ull; }
            return mix(h, 0);
        }
        static uint64_t mix_strs(uint64_t h, const char* const* items, uint32_t count)
        {
            h = mix(h, count);
            if (count == 0) return h; /* an empty array may come as NULL or not: both mean the same to C */
            if (items == NULL) return mix(h, UINT64_MAX);
            for (uint32_t i = 0; i < count; i++) h = mix_str(h, items[i]);
            return h;
        }
        static uint64_t mix_f32(uint64_t h, float f) { uint32_t bits; memcpy(&bits, &f, 4); return mix(h, bits); }
        #define START 14695981039346656037ull
        #define RECORD(expr) do { if (armed) { armed = 0; recorded = 1; digest = (expr); } } while (0)

        /* The Vulkan layouts (VkDebugUtilsMessengerCreateInfoEXT, VkApplicationInfo, VkInstanceCreateInfo,
           VkDeviceQueueCreateInfo, VkDeviceCreateInfo). */
        typedef struct { uint32_t sType; const void* pNext; uint32_t flags, severity, types; void* callback; void* userData; } DebugInfo;
        typedef struct { uint32_t sType; const void* pNext; const char* name; uint32_t version; const char* engine; uint32_t engineVersion, apiVersion; } AppInfo;
        typedef struct { uint32_t sType; const DebugInfo* pNext; uint32_t flags; const AppInfo* app; uint32_t layerCount; const char* const* layers; uint32_t extensionCount; const char* const* extensions; } InstanceInfo;
        typedef struct { uint32_t sType; const void* pNext; uint32_t flags, family, count; const float* priorities; } QueueInfo;
        typedef struct { uint32_t sType; const void* pNext; uint32_t flags, queueCount; const QueueInfo* queues; uint32_t layerCount; const char* const* layers; uint32_t extensionCount; const char* const* extensions; const void* features; } DeviceInfo;

        static uint64_t digest_instance(const InstanceInfo* c)
        {
            uint64_t h = mix(START, c->sType);
            if (c->pNext == NULL) h = mix(h, UINT64_MAX);
            else h = mix(mix(mix(mix(mix(mix(h, c->pNext->sType), c->pNext->pNext != NULL), c->pNext->flags), c->pNext->severity), c->pNext->types), c->pNext->callback != NULL);
            h = mix(h, c->flags);
            if (c->app == NULL) h = mix(h, UINT64_MAX);
            else h = mix(mix(mix_str(mix(mix_str(mix(mix(h, c->app->sType), c->app->pNext != NULL), c->app->name), c->app->version), c->app->engine), c->app->engineVersion), c->app->apiVersion);
            h = mix_strs(h, c->layers, c->layerCount);
            return mix_strs(h, c->extensions, c->extensionCount);
        }

        /* The instance create-info's extension structs the chain benchmark links (Vk*CreateInfoEXT, VkValidation*EXT). */
        typedef struct { uint32_t sType; const void* pNext; } LinkBase;
        typedef struct { uint32_t sType; const void* pNext; uint32_t enabledCount; const uint32_t* enabled; uint32_t disabledCount; const uint32_t* disabled; } FeaturesInfo;
        typedef struct { uint32_t sType; const void* pNext; uint32_t count; const uint32_t* checks; } FlagsInfo;
        typedef struct { uint32_t sType; const void* pNext; uint32_t flags; void* callback; void* userData; } ReportInfo;

        static uint64_t mix_u32s(uint64_t h, const uint32_t* items, uint32_t count)
        {
            h = mix(h, count);
            if (count == 0) return h;
            if (items == NULL) return mix(h, UINT64_MAX);
            for (uint32_t i = 0; i < count; i++) h = mix(h, items[i]);
            return h;
        }

        /* The head's tag, every link (tag, then its fields) in chain order, a terminator, then the head's fields. */
        static uint64_t digest_chain_instance(const InstanceInfo* c)
        {
            uint64_t h = mix(START, c->sType);
            for (const LinkBase* link = (const LinkBase*)c->pNext; link != NULL; link = (const LinkBase*)link->pNext)
            {
                h = mix(h, link->sType);
                switch (link->sType)
                {
                    case 1000128004u: { const DebugInfo* d = (const DebugInfo*)link; h = mix(mix(mix(mix(h, d->flags), d->severity), d->types), d->callback != NULL); break; }
                    case 1000247000u: { const FeaturesInfo* f = (const FeaturesInfo*)link; h = mix_u32s(mix_u32s(h, f->enabled, f->enabledCount), f->disabled, f->disabledCount); break; }
                    case 1000061000u: { const FlagsInfo* f = (const FlagsInfo*)link; h = mix_u32s(h, f->checks, f->count); break; }
                    case 1000011000u: { const ReportInfo* r = (const ReportInfo*)link; h = mix(mix(h, r->flags), r->callback != NULL); break; }
                    default: h = mix(h, UINT64_MAX - 1); break;
                }
            }
            h = mix(mix(h, UINT64_MAX), c->flags);
            if (c->app == NULL) h = mix(h, UINT64_MAX);
            else h = mix(mix(mix_str(mix(mix_str(mix(mix(h, c->app->sType), c->app->pNext != NULL), c->app->name), c->app->version), c->app->engine), c->app->engineVersion), c->app->apiVersion);
            h = mix_strs(h, c->layers, c->layerCount);
            return mix_strs(h, c->extensions, c->extensionCount);
        }

        static uint64_t digest_device(const DeviceInfo* c)
        {
            uint64_t h = mix(mix(mix(mix(START, c->sType), c->pNext != NULL), c->flags), c->queueCount);
            for (uint32_t i = 0; c->queues != NULL && i < c->queueCount; i++)
            {
                const QueueInfo* q = &c->queues[i];
                h = mix(mix(mix(mix(mix(h, q->sType), q->pNext != NULL), q->flags), q->family), q->count);
                for (uint32_t j = 0; j < q->count; j++) h = mix_f32(h, q->priorities[j]);
            }
            h = mix_strs(h, c->layers, c->layerCount);
            h = mix_strs(h, c->extensions, c->extensionCount);
            return mix(h, c->features != NULL);
        }

        void bench_noop_string(const char* s) { RECORD(mix_str(START, s)); }
        void bench_noop_strings(const char* const* items, int count) { RECORD(mix_strs(START, items, (uint32_t)count)); }
        void bench_noop_instance(const void* createInfo) { RECORD(digest_instance((const InstanceInfo*)createInfo)); }
        void bench_noop_instance_chain(const void* createInfo) { RECORD(digest_chain_instance((const InstanceInfo*)createInfo)); }
        void bench_noop_device(const void* createInfo) { RECORD(digest_device((const DeviceInfo*)createInfo)); }
        void bench_noop_utf16(const unsigned short* s) { if (armed) { uint64_t h = START; for (; s != NULL && *s; s++) h = mix(h, *s); RECORD(h); } }
        void bench_two_strings(const char* a, const char* b, int flags, int* result) { RECORD(mix(mix_str(mix_str(START, a), b), (uint32_t)flags)); *result = flags; }
        void bench_noop_span(const int* data, int count) { if (armed) { uint64_t h = mix(START, (uint32_t)count); for (int i = 0; i < count; i++) h = mix(h, (uint32_t)data[i]); RECORD(h); } }
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
        ProcessStartInfo gcc = new("gcc") { ArgumentList = { "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-o", output, source }, RedirectStandardError = true };
        using Process process = Process.Start(gcc) ?? throw new InvalidOperationException("gcc did not start");
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("gcc failed: " + errors);
        return output;
    }
}
