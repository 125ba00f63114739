using System;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// (c) with chains: the instance create-info of <see cref="InstanceCreateInfoBenchmarks"/> (application info, 2 layers,
/// 3 extensions) followed by a 2-link chain (debug messenger, validation features) or a 6-link chain (three debug
/// messengers, validation features, validation flags, debug report callback). ParamArena's chain of shapes against
/// hand-written stack structs linked by hand and Silk.NET.Vulkan's managed chain (<c>Chain.Create</c>). Every variant
/// builds the chain from the same managed inputs per call; the C target walks the chain and digests every link.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public unsafe class InstanceChainBenchmarks
{
    private readonly string _applicationName = "ParamArena benchmark";
    private readonly string _engineName = "No engine";
    private readonly string[] _layers = { "VK_LAYER_KHRONOS_validation", "VK_LAYER_LUNARG_monitor" };
    private readonly string[] _extensions = { "VK_EXT_debug_utils", "VK_EXT_validation_features", "VK_EXT_debug_report" };
    private readonly ValidationFeatureEnableEXT[] _enabled = { ValidationFeatureEnableEXT.SynchronizationValidationExt, ValidationFeatureEnableEXT.BestPracticesExt };
    private readonly ValidationCheckEXT[] _disabledChecks = { ValidationCheckEXT.ShadersExt };
    private const uint ApiVersion = (1u << 22) | (3u << 12);
    private const DebugUtilsMessageSeverityFlagsEXT Severity = DebugUtilsMessageSeverityFlagsEXT.WarningBitExt | DebugUtilsMessageSeverityFlagsEXT.ErrorBitExt;
    private const DebugUtilsMessageTypeFlagsEXT Types = DebugUtilsMessageTypeFlagsEXT.GeneralBitExt | DebugUtilsMessageTypeFlagsEXT.ValidationBitExt;
    private const DebugReportFlagsEXT ReportFlags = DebugReportFlagsEXT.ErrorBitExt;

    /// <summary>Calls every variant once and checks that C received the same chain from each.</summary>
    [GlobalSetup]
    public void CheckEveryVariant()
    {
        BenchCheck.EveryVariantSends(Expected(sixLinks: false),
            (nameof(HandWritten2), HandWritten2), (nameof(ArenaChain2), ArenaChain2), (nameof(SilkChain2), SilkChain2));
        BenchCheck.EveryVariantSends(Expected(sixLinks: true),
            (nameof(HandWritten6), HandWritten6), (nameof(ArenaChain6), ArenaChain6), (nameof(SilkChain6), SilkChain6));
    }

    private ulong Expected(bool sixLinks)
    {
        BenchDigest h = new BenchDigest().Mix((ulong)StructureType.InstanceCreateInfo);
        h = MixDebug(h);
        h = h.Mix((ulong)StructureType.ValidationFeaturesExt).Mix((ulong)_enabled.Length);
        foreach (ValidationFeatureEnableEXT e in _enabled) h = h.Mix((ulong)e);
        h = h.Mix(0ul);
        if (sixLinks)
        {
            h = MixDebug(h);
            h = h.Mix((ulong)StructureType.ValidationFlagsExt).Mix((ulong)_disabledChecks.Length);
            foreach (ValidationCheckEXT c in _disabledChecks) h = h.Mix((ulong)c);
            h = h.Mix((ulong)StructureType.DebugReportCallbackCreateInfoExt).Mix((ulong)ReportFlags).Mix(false);
            h = MixDebug(h);
        }
        return h.Mix(ulong.MaxValue).Mix(0ul)
            .Mix((ulong)StructureType.ApplicationInfo).Mix(false).Mix(_applicationName).Mix(1ul).Mix(_engineName).Mix(0ul).Mix((ulong)ApiVersion)
            .Mix(_layers, (uint)_layers.Length)
            .Mix(_extensions, (uint)_extensions.Length)
            .Value;

        static BenchDigest MixDebug(BenchDigest h) =>
            h.Mix((ulong)StructureType.DebugUtilsMessengerCreateInfoExt).Mix(0ul).Mix((ulong)Severity).Mix((ulong)Types).Mix(false);
    }

    /// <summary>Hand-written, 2 links: strings in one stack buffer, every struct on the stack, sType and pNext by hand.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("2 links")]
    [SkipLocalsInit]
    public void HandWritten2()
    {
        byte* buffer = stackalloc byte[HeadCapacity()];
        InstanceCreateInfo createInfo;
        ApplicationInfo application;
        byte** layers = stackalloc byte*[_layers.Length];
        byte** extensions = stackalloc byte*[_extensions.Length];
        FillHead(buffer, &createInfo, &application, layers, extensions);
        DebugUtilsMessengerCreateInfoEXT debug = new() { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types };
        ValidationFeatureEnableEXT* enabled = stackalloc ValidationFeatureEnableEXT[_enabled.Length];
        _enabled.AsSpan().CopyTo(new Span<ValidationFeatureEnableEXT>(enabled, _enabled.Length));
        ValidationFeaturesEXT features = new()
        {
            SType = StructureType.ValidationFeaturesExt,
            EnabledValidationFeatureCount = (uint)_enabled.Length,
            PEnabledValidationFeatures = enabled,
        };
        createInfo.PNext = &debug;
        debug.PNext = &features;
        BenchNative.RawInstanceChain(&createInfo);
    }

    /// <summary>Hand-written, 6 links.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("6 links")]
    [SkipLocalsInit]
    public void HandWritten6()
    {
        byte* buffer = stackalloc byte[HeadCapacity()];
        InstanceCreateInfo createInfo;
        ApplicationInfo application;
        byte** layers = stackalloc byte*[_layers.Length];
        byte** extensions = stackalloc byte*[_extensions.Length];
        FillHead(buffer, &createInfo, &application, layers, extensions);
        DebugUtilsMessengerCreateInfoEXT debug1 = new() { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types };
        DebugUtilsMessengerCreateInfoEXT debug2 = debug1;
        DebugUtilsMessengerCreateInfoEXT debug3 = debug1;
        ValidationFeatureEnableEXT* enabled = stackalloc ValidationFeatureEnableEXT[_enabled.Length];
        _enabled.AsSpan().CopyTo(new Span<ValidationFeatureEnableEXT>(enabled, _enabled.Length));
        ValidationFeaturesEXT features = new()
        {
            SType = StructureType.ValidationFeaturesExt,
            EnabledValidationFeatureCount = (uint)_enabled.Length,
            PEnabledValidationFeatures = enabled,
        };
        ValidationCheckEXT* checks = stackalloc ValidationCheckEXT[_disabledChecks.Length];
        _disabledChecks.AsSpan().CopyTo(new Span<ValidationCheckEXT>(checks, _disabledChecks.Length));
        ValidationFlagsEXT flags = new() { SType = StructureType.ValidationFlagsExt, DisabledValidationCheckCount = (uint)_disabledChecks.Length, PDisabledValidationChecks = checks };
        DebugReportCallbackCreateInfoEXT report = new() { SType = StructureType.DebugReportCallbackCreateInfoExt, Flags = ReportFlags };
        createInfo.PNext = &debug1;
        debug1.PNext = &features;
        features.PNext = &debug2;
        debug2.PNext = &flags;
        flags.PNext = &report;
        report.PNext = &debug3;
        BenchNative.RawInstanceChain(&createInfo);
    }

    /// <summary>ParamArena, 2 links: shapes chained with Then, staged by the generated generic stub.</summary>
    [Benchmark]
    [BenchmarkCategory("2 links")]
    public void ArenaChain2()
    {
        var createInfo = Head()
            .Then(new DebugMessengerLink { MessageSeverity = Severity, MessageType = Types })
            .Then(new ValidationFeaturesLink { Enabled = _enabled });
        BenchNative.ArenaInstanceChain(in createInfo);
    }

    /// <summary>ParamArena, 6 links (the debug messenger three times).</summary>
    [Benchmark]
    [BenchmarkCategory("6 links")]
    public void ArenaChain6()
    {
        DebugMessengerLink debug = new() { MessageSeverity = Severity, MessageType = Types };
        var createInfo = Head()
            .Then(debug)
            .Then(new ValidationFeaturesLink { Enabled = _enabled })
            .Then(debug)
            .Then(new ValidationFlagsLink { DisabledChecks = _disabledChecks })
            .Then(new DebugReportLink { Flags = ReportFlags })
            .Then(debug);
        BenchNative.ArenaInstanceChain(in createInfo);
    }

    /// <summary>Silk.NET.Vulkan, 2 links: strings through SilkMarshal, the chain through <c>Chain.Create</c> (unmanaged copies, disposed).</summary>
    [Benchmark]
    [BenchmarkCategory("2 links")]
    public void SilkChain2()
    {
        SilkHead(out ApplicationInfo application, out InstanceCreateInfo head);
        fixed (ValidationFeatureEnableEXT* enabled = _enabled)
        {
            using var chain = Chain.Create(head,
                new DebugUtilsMessengerCreateInfoEXT { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types },
                new ValidationFeaturesEXT { SType = StructureType.ValidationFeaturesExt, EnabledValidationFeatureCount = (uint)_enabled.Length, PEnabledValidationFeatures = enabled });
            InstanceCreateInfo* created = (InstanceCreateInfo*)chain.HeadPtr;
            created->PApplicationInfo = &application;
            BenchNative.RawInstanceChain(created);
        }
        FreeSilkHead(ref application, ref head);
    }

    /// <summary>Silk.NET.Vulkan, 6 links.</summary>
    [Benchmark]
    [BenchmarkCategory("6 links")]
    public void SilkChain6()
    {
        SilkHead(out ApplicationInfo application, out InstanceCreateInfo head);
        fixed (ValidationFeatureEnableEXT* enabled = _enabled)
        fixed (ValidationCheckEXT* checks = _disabledChecks)
        {
            DebugUtilsMessengerCreateInfoEXT debug = new() { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types };
            using var chain = Chain.CreateAny(head,
                debug,
                new ValidationFeaturesEXT { SType = StructureType.ValidationFeaturesExt, EnabledValidationFeatureCount = (uint)_enabled.Length, PEnabledValidationFeatures = enabled },
                debug,
                new ValidationFlagsEXT { SType = StructureType.ValidationFlagsExt, DisabledValidationCheckCount = (uint)_disabledChecks.Length, PDisabledValidationChecks = checks },
                new DebugReportCallbackCreateInfoEXT { SType = StructureType.DebugReportCallbackCreateInfoExt, Flags = ReportFlags },
                debug);
            InstanceCreateInfo* created = (InstanceCreateInfo*)chain.HeadPtr;
            created->PApplicationInfo = &application;
            BenchNative.RawInstanceChain(created);
        }
        FreeSilkHead(ref application, ref head);
    }

    private ChainedInstanceShape Head() => new()
    {
        ApplicationInfo = new ChainedAppInfoShape { ApplicationName = _applicationName, ApplicationVersion = 1, EngineName = _engineName, ApiVersion = ApiVersion },
        EnabledLayerNames = _layers,
        EnabledExtensionNames = _extensions,
    };

    private int HeadCapacity()
    {
        int capacity = Utf8Stack.MaxSize(_applicationName) + Utf8Stack.MaxSize(_engineName);
        foreach (string s in _layers) capacity += Utf8Stack.MaxSize(s);
        foreach (string s in _extensions) capacity += Utf8Stack.MaxSize(s);
        return capacity;
    }

    private void FillHead(byte* buffer, InstanceCreateInfo* createInfo, ApplicationInfo* application, byte** layers, byte** extensions)
    {
        int capacity = HeadCapacity();
        int offset = 0;
        for (int i = 0; i < _layers.Length; i++) layers[i] = Utf8Stack.Put(buffer, capacity, ref offset, _layers[i]);
        for (int i = 0; i < _extensions.Length; i++) extensions[i] = Utf8Stack.Put(buffer, capacity, ref offset, _extensions[i]);
        *application = new ApplicationInfo
        {
            SType = StructureType.ApplicationInfo,
            PApplicationName = Utf8Stack.Put(buffer, capacity, ref offset, _applicationName),
            ApplicationVersion = 1,
            PEngineName = Utf8Stack.Put(buffer, capacity, ref offset, _engineName),
            ApiVersion = ApiVersion,
        };
        *createInfo = new InstanceCreateInfo
        {
            SType = StructureType.InstanceCreateInfo,
            PApplicationInfo = application,
            EnabledLayerCount = (uint)_layers.Length,
            PpEnabledLayerNames = layers,
            EnabledExtensionCount = (uint)_extensions.Length,
            PpEnabledExtensionNames = extensions,
        };
    }

    private void SilkHead(out ApplicationInfo application, out InstanceCreateInfo head)
    {
        application = new ApplicationInfo
        {
            SType = StructureType.ApplicationInfo,
            PApplicationName = (byte*)Silk.NET.Core.Native.SilkMarshal.StringToPtr(_applicationName),
            ApplicationVersion = 1,
            PEngineName = (byte*)Silk.NET.Core.Native.SilkMarshal.StringToPtr(_engineName),
            ApiVersion = ApiVersion,
        };
        head = new InstanceCreateInfo
        {
            SType = StructureType.InstanceCreateInfo,
            EnabledLayerCount = (uint)_layers.Length,
            PpEnabledLayerNames = (byte**)Silk.NET.Core.Native.SilkMarshal.StringArrayToPtr(_layers),
            EnabledExtensionCount = (uint)_extensions.Length,
            PpEnabledExtensionNames = (byte**)Silk.NET.Core.Native.SilkMarshal.StringArrayToPtr(_extensions),
        };
    }

    private static void FreeSilkHead(ref ApplicationInfo application, ref InstanceCreateInfo head)
    {
        Silk.NET.Core.Native.SilkMarshal.Free((nint)head.PpEnabledLayerNames);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)head.PpEnabledExtensionNames);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)application.PApplicationName);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)application.PEngineName);
    }
}
