using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ParamArena;

/// <summary>A paged bump allocator over native memory, owned by one thread at a time.</summary>
/// <remarks>Placeholder implementation of the public surface; the real paging, limits and checks replace it.</remarks>
public sealed unsafe class Arena : IDisposable
{
    [ThreadStatic] private static Arena? t_current;

    private readonly List<IntPtr> _blocks = new();
    private readonly Stack<long> _scopeMarks = new();
    private byte* _page;
    private nuint _pageSize;
    private nuint _offset;
    private long _scopeId;

    /// <summary>Creates an arena.</summary>
    public Arena(ArenaOptions? options = null)
    {
        Options = options ?? new ArenaOptions();
    }

    /// <summary>The options the arena was created with.</summary>
    public ArenaOptions Options { get; }

    /// <summary>The calling thread's arena, the one <see cref="ArenaLease.Rent"/> uses.</summary>
    public static Arena ForCurrentThread => t_current ??= new Arena();

    internal long OpenScope()
    {
        _scopeMarks.Push((long)_offset);
        return ++_scopeId;
    }

    internal void CloseScope(long scopeId)
    {
        if (scopeId != _scopeId) throw new InvalidOperationException("Leases must be disposed in the reverse order of renting.");
        _offset = (nuint)_scopeMarks.Pop();
        _scopeId--;
    }

    /// <summary>Allocates <paramref name="size"/> zeroed bytes aligned to <paramref name="alignment"/>.</summary>
    public void* Alloc(nuint size, nuint alignment)
    {
        void* p = AllocUninitialized(size, alignment);
        NativeMemory.Clear(p, size);
        return p;
    }

    /// <summary>Allocates <paramref name="size"/> bytes aligned to <paramref name="alignment"/>, not cleared.</summary>
    public void* AllocUninitialized(nuint size, nuint alignment)
    {
        if (alignment == 0 || (alignment & (alignment - 1)) != 0 || alignment > 4096)
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Alignment must be a power of two no larger than 4096.");
        nuint start = (_offset + alignment - 1) & ~(alignment - 1);
        if (_page == null || start + size > _pageSize)
        {
            nuint pageSize = Math.Max((nuint)Options.FirstPageSize, size + alignment);
            _page = (byte*)NativeMemory.AlignedAlloc(pageSize, 4096);
            _blocks.Add((IntPtr)_page);
            _pageSize = pageSize;
            _offset = 0;
            start = 0;
        }
        _offset = start + size;
        return _page + start;
    }

    /// <summary>Allocates one zeroed <typeparamref name="T"/>.</summary>
    public T* Alloc<T>() where T : unmanaged => (T*)Alloc((nuint)sizeof(T), AlignOf<T>());

    /// <summary>Allocates <paramref name="count"/> zeroed elements.</summary>
    public T* Alloc<T>(int count) where T : unmanaged => (T*)Alloc(checked((nuint)count * (nuint)sizeof(T)), AlignOf<T>());

    /// <summary>Allocates <paramref name="count"/> zeroed elements as a span.</summary>
    public Span<T> AllocSpan<T>(int count) where T : unmanaged => new(Alloc<T>(count), count);

    /// <summary>Copies <paramref name="source"/> into the arena.</summary>
    public Span<T> Copy<T>(ReadOnlySpan<T> source) where T : unmanaged
    {
        Span<T> target = new(AllocUninitialized(checked((nuint)source.Length * (nuint)sizeof(T)), AlignOf<T>()), source.Length);
        source.CopyTo(target);
        return target;
    }

    /// <summary>NUL-terminated UTF-8; null for null.</summary>
    public byte* Utf8(string? value)
    {
        if (value is null) return null;
        int n = Encoding.UTF8.GetByteCount(value);
        byte* p = (byte*)AllocUninitialized((nuint)n + 1, 1);
        fixed (char* c = value) Encoding.UTF8.GetBytes(c, value.Length, p, n);
        p[n] = 0;
        return p;
    }

    /// <summary>NUL-terminated UTF-16; null for null.</summary>
    public char* Utf16(string? value)
    {
        if (value is null) return null;
        char* p = (char*)AllocUninitialized(((nuint)value.Length + 1) * 2, 2);
        value.AsSpan().CopyTo(new Span<char>(p, value.Length));
        p[value.Length] = '\0';
        return p;
    }

    /// <summary>An array of NUL-terminated UTF-8 strings; null entries stay null.</summary>
    public byte** Utf8Array(ReadOnlySpan<string?> values)
    {
        byte** array = (byte**)AllocUninitialized((nuint)values.Length * (nuint)sizeof(void*), (nuint)sizeof(void*));
        for (int i = 0; i < values.Length; i++) array[i] = Utf8(values[i]);
        return array;
    }

    private static nuint AlignOf<T>() where T : unmanaged => (nuint)Math.Max(sizeof(void*), Unsafe.SizeOf<AlignmentProbe<T>>() - sizeof(T));

    [StructLayout(LayoutKind.Sequential)]
    private struct AlignmentProbe<T> where T : unmanaged
    {
        public byte Padding;
        public T Value;
    }

    /// <summary>Frees every page.</summary>
    public void Dispose()
    {
        foreach (IntPtr block in _blocks) NativeMemory.AlignedFree((void*)block);
        _blocks.Clear();
        _page = null;
    }
}
