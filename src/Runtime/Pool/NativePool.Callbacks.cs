using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace ParamArena;

public sealed unsafe partial class NativePool
{
    private long _callbackErrors;

    /// <summary>
    /// Function pointers and a context with which C code borrows and returns this pool's buffers directly,
    /// without a managed delegate or a handle lookup per call.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public NativePoolCallbacks GetNativeCallbacks()
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        return new NativePoolCallbacks(ContextOf(Slot, Generation), &NativeGet, &NativePut);
    }

    [UnmanagedCallersOnly]
    private static void* NativeGet(void* context, nuint size)
    {
        NativePool? pool = FromContext(context);
        if (pool is null)
        {
            return null;
        }

        try
        {
            return pool.Malloc(size);
        }
        catch (Exception)
        {
            // An exception must not cross into C: the caller sees NULL, the pool counts the failure.
            Interlocked.Increment(ref pool._callbackErrors);
            return null;
        }
    }

    [UnmanagedCallersOnly]
    private static void NativePut(void* context, void* block)
    {
        NativePool? pool = FromContext(context);
        if (pool is null)
        {
            return;
        }

        try
        {
            pool.Free(block);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref pool._callbackErrors);
        }
    }

    // The context is the registry slot plus one (so it is never null) and the pool's generation: a stale
    // context finds either an empty slot or a pool with another generation. A 32-bit process keeps 16 bits
    // of each.
    private static void* ContextOf(int slot, int generation) => sizeof(nint) == 8
        ? (void*)(((long)generation << 32) | (uint)(slot + 1))
        : (void*)(nint)(((generation & 0xFFFF) << 16) | ((slot + 1) & 0xFFFF));

    private static NativePool? FromContext(void* context)
    {
        ulong value = (ulong)context;
        return sizeof(nint) == 8
            ? NativePoolRegistry.Find((int)(uint)value - 1, (int)(value >> 32))
            : NativePoolRegistry.FindLowBits((int)(value & 0xFFFF) - 1, (int)(value >> 16));
    }
}
