namespace ParamArena;

/// <summary>How much a new thread cache is filled when it is created by <see cref="NativePool.CreateThreadCache"/>.</summary>
public enum CacheWarmup
{
    /// <summary>The cache starts empty; the first allocation of each size class takes a batch from the bucket.</summary>
    Cold = 0,

    /// <summary>Each bucket's cache is filled to half its capacity, so both allocations and frees hit the cache at once.</summary>
    Warm = 1,

    /// <summary>Each bucket's cache is filled to its capacity, for a thread that will allocate before it frees.</summary>
    Hot = 2,
}
