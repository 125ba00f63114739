using System;

namespace ParamArena;

/// <summary>
/// Says that a method returns memory from the <see cref="ArenaLease"/> it was given: the escape
/// analyzers track its result like an allocation made directly on that lease. Shape staging methods
/// the generator writes carry it; put it on hand-written helpers that stage into a lease.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LeaseBoundAttribute : Attribute
{
}
