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

    [Fact]
    public void BuildingAndPassingAFourLinkChainAllocatesZeroManagedBytes()
    {
        ChainHead head = ChainTests.Head(7);
        LinkA a1 = ChainTests.A(1), a3 = ChainTests.A(3);
        LinkB b0 = ChainTests.B(0);
        LinkC c2 = ChainTests.C(2);
        uint[] tags = ChainTests.FourTags;
        int failures = 0;
        void BuildAndCall()
        {
            // Building is part of the call path measured: the chain is a struct, built anew each time.
            var chain = head.Then(b0).Then(a1).Then(c2).Then(a3);
            failures += ChainNative.CheckChain(in chain, tags, 7) == 0 ? 0 : 1;
        }

        for (int i = 0; i < 100; i++) BuildAndCall();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) BuildAndCall();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, failures);
        Assert.Equal(0, allocated);
    }
}
