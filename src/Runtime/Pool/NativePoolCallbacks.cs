using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// A blittable handle C code can use to borrow and return a pool's buffers. In C it is
/// <c>struct { void* context; void* (*get)(void* context, size_t size); void (*put)(void* context, void* block); }</c>.
/// </summary>
/// <remarks>
/// <c>get</c> returns a 16-byte-aligned block, or NULL if the pool was disposed or the allocation failed;
/// <c>put</c> frees a block from <c>get</c> (or from <see cref="NativePool.Malloc"/>); NULL is ignored.
/// Both may be called from any thread, including threads the runtime has never seen. A context that
/// outlives its pool is recognised: <c>get</c> then returns NULL and <c>put</c> does nothing.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly unsafe struct NativePoolCallbacks
{
    internal NativePoolCallbacks(void* context, delegate* unmanaged<void*, nuint, void*> get, delegate* unmanaged<void*, void*, void> put)
    {
        Context = context;
        Get = get;
        Put = put;
    }

    /// <summary>The value to pass as the first argument of <see cref="Get"/> and <see cref="Put"/>; it names the pool.</summary>
    public void* Context { get; }

    /// <summary><c>void* get(void* context, size_t size)</c>: borrows a block of at least <c>size</c> bytes.</summary>
    public delegate* unmanaged<void*, nuint, void*> Get { get; }

    /// <summary><c>void put(void* context, void* block)</c>: returns a borrowed block.</summary>
    public delegate* unmanaged<void*, void*, void> Put { get; }
}
