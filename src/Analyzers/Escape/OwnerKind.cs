namespace ParamArena.Analyzers.Escape;

/// <summary>Where the memory behind a tracked value comes from, which decides which escapes matter.</summary>
internal enum OwnerKind
{
    /// <summary>An arena or lease whose lifetime this method cannot see (a field, a property): tracked, never reported.</summary>
    Unknown = 0,
    /// <summary>The calling thread's arena without a lease (<c>Arena.ForCurrentThread</c>): only suspension matters.</summary>
    ThreadArena = 1,
    /// <summary>An <c>Arena</c> this method creates and disposes (<c>using var arena = new Arena()</c>).</summary>
    LocalArena = 2,
    /// <summary>A lease the caller passed in: it outlives this method but not the caller's heap objects.</summary>
    ParameterLease = 3,
    /// <summary>A lease this method rents: it ends before the method returns.</summary>
    LocalLease = 4,
}
