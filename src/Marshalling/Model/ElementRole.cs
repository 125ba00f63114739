namespace ParamArena.Marshalling;

/// <summary>Where a marshalled element sits.</summary>
internal enum ElementRole
{
    /// <summary>A parameter of an <c>[ArenaMarshal]</c> method.</summary>
    Parameter,

    /// <summary>The return value of an <c>[ArenaMarshal]</c> method.</summary>
    Return,

    /// <summary>A field of an <c>[ArenaStruct]</c> shape.</summary>
    Field,
}
