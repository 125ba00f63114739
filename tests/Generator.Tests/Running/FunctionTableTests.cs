using System;
using System.IO;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Interop;
using ParamArena.Generator.Tests.Native;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>[ArenaFunctionTable]: stubs calling through loaded pointers, against real libraries opened at run time.</summary>
public sealed class FunctionTableTests
{
    // Two copies of the test library on disk are two libraries to the loader, each with its own globals.
    private static readonly Lazy<(nint First, nint Second)> s_copies = new(() =>
    {
        string directory = Path.Combine(Path.GetTempPath(), "paramarena-tables-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        string first = Path.Combine(directory, "first.so"), second = Path.Combine(directory, "second.so");
        File.Copy(TestLibrary.FilePath, first, overwrite: true);
        File.Copy(TestLibrary.FilePath, second, overwrite: true);
        return (NativeLibrary.Load(first), NativeLibrary.Load(second));
    });

    private static TestTable Load(nint library)
    {
        TestTable table = new();
        table.LoadFunctions(new NativeLibraryLoader(library));
        return table;
    }

    [Fact]
    public void EveryParameterKindIsStagedForAPointerCall()
    {
        TestTable table = Load(s_copies.Value.First);
        Assert.Equal((nuint)6, table.Utf8Length("h\u00e9llo"));
        Assert.Equal(unchecked((nuint)(-1)), table.Utf8Length(null));
        Assert.Equal(TestNative.HashStrings(new[] { "a", "bc", null! }), table.HashStrings(new[] { "a", "bc", null! }));
        Assert.Equal(TestNative.HashUtf16("wide \u2713"), table.HashUtf16("wide \u2713"));
        InstanceInfo info = ShapeTests.MakeInstance();
        Assert.Equal(0, table.CheckInstance(in info));
        Assert.Equal(41, table.Identity(41));
        table.SetErrno(33);
        Assert.Equal(33, Marshal.GetLastPInvokeError());
    }

    [Fact]
    public void TablesOverDifferentLibrariesAreIndependent()
    {
        TestTable first = Load(s_copies.Value.First), second = Load(s_copies.Value.Second);
        int firstBefore = first.LiveHandles(), secondBefore = second.LiveHandles();
        nint handle = first.HandleOpen(7);
        Assert.Equal(firstBefore + 1, first.LiveHandles());
        Assert.Equal(secondBefore, second.LiveHandles());
        Assert.Equal(1, first.HandleClose(handle));
        Assert.Equal(firstBefore, first.LiveHandles());
    }

    [Fact]
    public void AMissingFunctionLoadsAndThrowsOnlyWhenCalled()
    {
        TestTable table = Load(s_copies.Value.First);
        EntryPointNotFoundException e = Assert.Throws<EntryPointNotFoundException>(() => table.Missing(1));
        Assert.Contains("pa_not_exported_anywhere", e.Message);
        Assert.Contains(nameof(TestTable), e.Message);
        Assert.Equal(41, table.Identity(41));
    }

    [Fact]
    public void ATableNotLoadedThrowsBeforeStaging()
    {
        TestTable table = new();
        long before = Arena.ForCurrentThread.Stats.BytesInUse;
        EntryPointNotFoundException e = Assert.Throws<EntryPointNotFoundException>(() => table.Utf8Length("text"));
        Assert.Contains("pa_utf8_length", e.Message);
        Assert.Equal(before, Arena.ForCurrentThread.Stats.BytesInUse);
    }

    [Fact]
    public void AMissingRequiredFunctionFailsTheLoadAndLoadsNothing()
    {
        RequiredMissingTable table = new();
        EntryPointNotFoundException e = Assert.Throws<EntryPointNotFoundException>(() => table.LoadFunctions(new NativeLibraryLoader(s_copies.Value.First)));
        Assert.Contains("pa_not_exported_anywhere", e.Message);
        Assert.Throws<EntryPointNotFoundException>(() => table.LiveHandles());
    }

    [Fact]
    public void TheLoaderIsAskedOncePerFunctionAndNeverPerCall()
    {
        int[] calls = new int[1];
        LibM libm = new();
        libm.LoadFunctions(new CountingLoader(new NativeLibraryLoader(NativeLibrary.Load("libm.so.6")), calls));
        Assert.Equal(2, calls[0]);
        Assert.Equal(Math.Cos(0.5), libm.Cos(0.5));
        Assert.Equal(0.75, libm.Frexp(3.0, out int exponent));
        Assert.Equal(2, exponent);
        Assert.Equal(2, calls[0]);
    }

    [Fact]
    public void PointerCallsAllocateNoManagedMemory()
    {
        TestTable table = Load(s_copies.Value.First);
        InstanceInfo info = ShapeTests.MakeInstance();
        string[] items = { "a", "bc" };
        for (int i = 0; i < 100; i++)
        {
            table.Utf8Length("warm up");
            table.CheckInstance(in info);
            table.HashStrings(items);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            table.Utf8Length("measured");
            table.CheckInstance(in info);
            table.HashStrings(items);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public unsafe void AStubCallsThroughAFunctionPointerItIsGiven()
    {
        Assert.True(NativeLibrary.TryGetExport(s_copies.Value.First, "pa_utf8_length", out nint length));
        Assert.Equal((nuint)6, PointerCalls.Utf8Length(length, "h\u00e9llo"));
        Assert.Throws<ArgumentNullException>(() => PointerCalls.Utf8Length(0, "text"));
        Assert.True(NativeLibrary.TryGetExport(s_copies.Value.Second, "pa_check_instance", out nint check));
        InstanceInfo info = ShapeTests.MakeInstance();
        Assert.Equal(0, PointerCalls.CheckInstance((delegate* unmanaged<InstanceInfo.Native*, int>)check, in info));
    }

    [Fact]
    public void ADeclaredLibraryLoadsTheFirstCandidateThatExistsAndAFailureListsThemAll()
    {
        Assert.StartsWith("1.", DeclaredLibraries.ZlibVersion());
        DllNotFoundException e = Assert.Throws<DllNotFoundException>(() => DeclaredLibraries.Nowhere());
        Assert.Contains("nowhere-a.dll", e.Message);
        Assert.Contains("libnowhere-b.so", e.Message);
    }

    [Fact]
    public void ATypedTableRefusesAnotherLoaderBeforeAskingItAndAcceptsItsOwn()
    {
        nint library = s_copies.Value.First;
        TypedTable table = new();
        // Typed as the interface, as code that picks its loader at run time holds it: only the run-time check can see it.
        int[] calls = new int[1];
        IArenaFunctionLoader other = new CountingLoader(new NativeLibraryLoader(library), calls);
        ArgumentException e = Assert.Throws<ArgumentException>(() => table.LoadFunctions(other));
        Assert.Contains("TypedTable", e.Message);
        Assert.Contains("ITestLibraryLoader", e.Message);
        Assert.Equal(0, calls[0]);
        Assert.Throws<EntryPointNotFoundException>(() => table.LiveHandles());

        table.LoadFunctions(new TestLibraryLoader(library));
        Assert.True(table.LiveHandles() >= 0);
        table.LoadFunctions((IArenaFunctionLoader)new TestLibraryLoader(library));
        Assert.True(table.LiveHandles() >= 0);
    }

}
