using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ParamArena.Generator.Tests.Driver;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>
/// Differential tests of attribute forwarding against [LibraryImport]: the inner [DllImport] of an [ArenaMarshal] stub
/// carries [SuppressGCTransition] and [UnmanagedCallConv] as LibraryImport's inner declaration does (read back from this
/// assembly's metadata), and the calls return what LibraryImport's do against libc and the gcc-built test library.
/// A marshalling attribute the generator does not honour ([MarshalUsing]) is refused with PA0013, never ignored.
/// </summary>
public unsafe class AttributeForwardingTests
{
    // The P/Invoke a stub calls: the local function __PInvoke, compiled to "<Outer>g____PInvoke|n_m". (LibraryImport, when
    // nothing needs marshalling, makes the method itself the extern P/Invoke.)
    private static MethodInfo InnerPInvoke(string outer)
    {
        MethodInfo[] candidates = typeof(ForwardedAttributes).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => (m.Attributes & MethodAttributes.PinvokeImpl) != 0 && (m.Name == outer || m.Name.StartsWith("<" + outer + ">", StringComparison.Ordinal)))
            .ToArray();
        return Assert.Single(candidates);
    }

    private static string[] CallingAttributes(MethodInfo pinvoke) => pinvoke.GetCustomAttributesData()
        .Select(a => a.AttributeType)
        .Where(t => t == typeof(SuppressGCTransitionAttribute) || t == typeof(UnmanagedCallConvAttribute))
        .Select(t => t.Name)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    private static Type[] CallConvs(MethodInfo pinvoke) => pinvoke.GetCustomAttributes<UnmanagedCallConvAttribute>().Single().CallConvs ?? Type.EmptyTypes;

    [Fact]
    public void SuppressGCTransitionReachesTheInnerDllImportAsWithLibraryImport()
    {
        MethodInfo arena = InnerPInvoke(nameof(ForwardedAttributes.GetPid));
        MethodInfo libraryImport = InnerPInvoke(nameof(ForwardedAttributes.GetPidByLibraryImport));
        Assert.Equal(new[] { nameof(SuppressGCTransitionAttribute) }, CallingAttributes(libraryImport));
        Assert.Equal(CallingAttributes(libraryImport), CallingAttributes(arena));
        Assert.Equal(new[] { nameof(SuppressGCTransitionAttribute) }, CallingAttributes(InnerPInvoke(nameof(ForwardedAttributes.Identity))));
    }

    [Fact]
    public void CallsWithoutAGCTransitionReturnWhatLibraryImportReturns()
    {
        Assert.Equal(Environment.ProcessId, ForwardedAttributes.GetPid());
        Assert.Equal(ForwardedAttributes.GetPidByLibraryImport(), ForwardedAttributes.GetPid());
        foreach (int value in new[] { 0, 1, -7, int.MaxValue, int.MinValue })
            Assert.Equal(value, ForwardedAttributes.Identity(value));
    }

    [Fact]
    public void UnmanagedCallConvReachesTheInnerDllImportAsWithLibraryImport()
    {
        MethodInfo arena = InnerPInvoke(nameof(ForwardedAttributes.StrLen));
        MethodInfo libraryImport = InnerPInvoke(nameof(ForwardedAttributes.StrLenByLibraryImport));
        Assert.Equal(new[] { nameof(UnmanagedCallConvAttribute) }, CallingAttributes(arena));
        Assert.Equal(CallingAttributes(libraryImport), CallingAttributes(arena));
        Assert.Equal(new[] { typeof(CallConvCdecl) }, CallConvs(arena));
        Assert.Equal(CallConvs(libraryImport), CallConvs(arena));

        MethodInfo both = InnerPInvoke(nameof(ForwardedAttributes.StrLenWithoutTransition));
        Assert.Equal(new[] { nameof(SuppressGCTransitionAttribute), nameof(UnmanagedCallConvAttribute) }, CallingAttributes(both));
        Assert.Equal(new[] { typeof(CallConvCdecl) }, CallConvs(both));
    }

    [Fact]
    public void CallsWithAForwardedCallingConventionReturnWhatLibraryImportReturns()
    {
        foreach (string text in new[] { "", "a", "héllo, arena", new string('x', 5000) })
        {
            nuint expected = (nuint)Encoding.UTF8.GetByteCount(text);
            Assert.Equal(expected, ForwardedAttributes.StrLenByLibraryImport(text));
            Assert.Equal(expected, ForwardedAttributes.StrLen(text));
            Assert.Equal(expected, ForwardedAttributes.StrLenWithoutTransition(text));
        }
    }

    [Fact]
    public void TheEmittedDllImportCarriesTheForwardedAttributes()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Compile("""
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            using ParamArena;

            public static partial class Lib
            {
                [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
                [SuppressGCTransition]
                public static partial int GetPid();

                [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
                [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl), typeof(CallConvSuppressGCTransition) })]
                public static partial nuint StrLen(string text);
            }
            """));
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.Diagnostics);
        string getPid = outcome.Sources.Single(s => s.Key.Contains("GetPid", StringComparison.Ordinal)).Value;
        string strLen = outcome.Sources.Single(s => s.Key.Contains("StrLen", StringComparison.Ordinal)).Value;
        Assert.Matches(@"\[global::System\.Runtime\.InteropServices\.DllImport\(""libc\.so\.6"", EntryPoint = ""getpid""[^\n]*\]\s*\n\s*\[global::System\.Runtime\.InteropServices\.SuppressGCTransitionAttribute\]\s*\n\s*static extern", getPid);
        Assert.Contains("[global::System.Runtime.InteropServices.UnmanagedCallConvAttribute(CallConvs = new global::System.Type[] { "
            + "typeof(global::System.Runtime.CompilerServices.CallConvCdecl), typeof(global::System.Runtime.CompilerServices.CallConvSuppressGCTransition) })]", strLen);
    }

    [Fact]
    public void MarshalUsingIsRefusedWithPA0013AndNothingIsPassedRaw()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Compile("""
            using System;
            using System.Runtime.InteropServices;
            using System.Runtime.InteropServices.Marshalling;
            using ParamArena;

            [CustomMarshaller(typeof(ReadOnlySpan<char>), MarshalMode.ManagedToUnmanagedIn, typeof(SpanOfCharAsUtf8StringMarshaller))]
            public static unsafe class SpanOfCharAsUtf8StringMarshaller
            {
                public static byte* ConvertToUnmanaged(ReadOnlySpan<char> managed) => null;
                public static void Free(byte* unmanaged) { }
            }

            public static partial class Lib
            {
                [ArenaMarshal("libc.so.6", EntryPoint = "mkdir")]
                public static partial int MkDir([MarshalUsing(typeof(SpanOfCharAsUtf8StringMarshaller))] ReadOnlySpan<char> path, uint mode);

                [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
                public static partial nuint StrLen([MarshalUsing(typeof(Utf8StringMarshaller))] string text);
            }
            """));
        Assert.Equal(new[] { "PA0013", "PA0013" }, outcome.Diagnostics.Select(d => d.Id));
        Assert.All(outcome.Diagnostics, d => Assert.Contains("[MarshalUsing(typeof(", d.GetMessage()));
        // The only errors are the generator's: no CS8795, nothing in a generated file, and no native call anywhere.
        Assert.DoesNotContain(outcome.Errors, e => !e.Id.StartsWith("PA", StringComparison.Ordinal));
        Assert.Empty(outcome.ErrorsInGeneratedFiles);
        Assert.All(outcome.Sources.Values, text => Assert.DoesNotContain("DllImport", text));
        Assert.All(outcome.Sources.Values, text => Assert.Contains("ParamArena generated no stub: PA0013", text));
    }
}
