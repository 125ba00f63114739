using System;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>The call path allocates no managed memory.</summary>
public class AllocationTests
{
    [Fact]
    public void StagedCallsAllocateZeroManagedBytes()
    {
        Scene scene = ShapeTests.MakeScene();
        InstanceInfo instance = ShapeTests.MakeInstance();
        string[] words = { "one", "two", "three" };
        int[] numbers = { 1, 2, 3 };
        void CallAll()
        {
            TestNative.CheckScene(in scene);
            TestNative.CheckInstance(in instance);
            TestNative.HashStrings(words);
            TestNative.HashUtf8("some text");
            TestNative.HashUtf16("some text");
            TestNative.Sum(numbers);
            TestNative.Not(true);
        }

        // Warm up: JIT, the thread's arena and its first pages.
        for (int i = 0; i < 100; i++) CallAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) CallAll();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }
}
