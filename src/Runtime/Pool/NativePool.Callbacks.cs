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

        // The context is the registry slot plus one (so it is never null) and the pool's generation: a stale
        // context finds either an empty slot or a pool with another generation.
        void* context = (void*)(((nint)Generation << 32) | (nint)(uint)(Slot + 1));
        return new NativePoolCallbacks(context, &NativeGet, &NativePut);
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

    private static NativePool? FromContext(void* context) =>
        NativePoolRegistry.Find((int)(uint)(nint)context - 1, (int)((nint)context >> 32));
}
