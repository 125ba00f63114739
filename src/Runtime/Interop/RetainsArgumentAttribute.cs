using System;

namespace ParamArena;

/// <summary>
/// Says that a method keeps what it is given in this parameter beyond the call (stores it in a field,
/// a queue, a native object). The escape analyzers report an arena pointer passed here, because the
/// arena reclaims it when its lease ends.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RetainsArgumentAttribute : Attribute
{
}
