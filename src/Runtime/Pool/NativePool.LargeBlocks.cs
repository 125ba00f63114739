using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace ParamArena;

public sealed unsafe partial class NativePool
{
    private readonly object _largeGate = new();
    private readonly uint _cookie;
    private LargeBlockHeader* _largeBlocks;
    private long _largeBlockCount;
    private long _largeBlockBytes;

    // Checked mode only: the live large blocks, so a double free is caught before the header is read.
    private HashSet<nint>? _liveLargeBlocks;

    /// <summary>Serves a request no bucket takes from <see cref="NativeMemory"/>, behind a 32-byte header (or one alignment unit, if larger).</summary>
    private void* AllocateLarge(nuint size, nuint alignment)
    {
        nuint blockAlignment = Math.Max(alignment, (nuint)DefaultAlignment);
        nuint padding = Math.Max(blockAlignment, (nuint)sizeof(LargeBlockHeader));
        if (size > nuint.MaxValue - padding || padding > uint.MaxValue)
        {
            throw new OutOfMemoryException($"A block of {size} bytes aligned to {alignment} cannot be allocated.");
        }

        byte* raw = (byte*)NativeMemory.AlignedAlloc(size + padding, blockAlignment);
        byte* block = raw + padding;
        LargeBlockHeader* header = (LargeBlockHeader*)block - 1;
        header->Size = size;
        header->Padding = (uint)padding;
        header->Cookie = _cookie;
        header->Previous = null;
        lock (_largeGate)
        {
            header->Next = _largeBlocks;
            if (_largeBlocks != null)
            {
                _largeBlocks->Previous = header;
            }

            _largeBlocks = header;
            _largeBlockCount++;
            _largeBlockBytes += (long)size;
            if (_checked)
            {
                (_liveLargeBlocks ??= new HashSet<nint>()).Add((nint)block);
            }
        }

        return block;
    }

    private void FreeLarge(void* block)
    {
        LargeBlockHeader* header = (LargeBlockHeader*)block - 1;
        lock (_largeGate)
        {
            if (_checked ? _liveLargeBlocks?.Remove((nint)block) != true : header->Cookie != _cookie)
            {
                throw NotALiveBlock(block, "it is not a live large block of this pool (freed twice, or never allocated here)");
            }

            if (header->Previous != null)
            {
                header->Previous->Next = header->Next;
            }
            else
            {
                _largeBlocks = header->Next;
            }

            if (header->Next != null)
            {
                header->Next->Previous = header->Previous;
            }

            _largeBlockCount--;
            _largeBlockBytes -= (long)header->Size;
            header->Cookie = 0;
        }

        NativeMemory.AlignedFree((byte*)block - header->Padding);
    }

    private nuint LargeBlockSize(void* block)
    {
        LargeBlockHeader* header = (LargeBlockHeader*)block - 1;
        if (_checked)
        {
            lock (_largeGate)
            {
                if (_liveLargeBlocks?.Contains((nint)block) != true)
                {
                    throw NotALiveBlock(block, "it is not a live large block of this pool");
                }
            }
        }
        else if (header->Cookie != _cookie)
        {
            throw NotALiveBlock(block, "it is not a live large block of this pool");
        }

        return header->Size;
    }

    private void FreeAllLargeBlocks()
    {
        lock (_largeGate)
        {
            LargeBlockHeader* header = _largeBlocks;
            while (header != null)
            {
                LargeBlockHeader* next = header->Next;
                header->Cookie = 0;
                NativeMemory.AlignedFree((byte*)(header + 1) - header->Padding);
                header = next;
            }

            _largeBlocks = null;
            _largeBlockCount = 0;
            _largeBlockBytes = 0;
            _liveLargeBlocks?.Clear();
        }
    }

    private static ArgumentException NotALiveBlock(void* block, string reason) =>
        new($"Pointer 0x{(nuint)block:X} was rejected: {reason}.", "pointer");
}
