namespace ParamArena.Marshalling;

/// <summary>The metadata names and reserved spellings the generator and analyzers agree on.</summary>
internal static class KnownNames
{
    public const string ArenaMarshalAttribute = "ParamArena.ArenaMarshalAttribute";
    public const string ArenaStructAttribute = "ParamArena.ArenaStructAttribute";
    public const string ArenaFunctionTableAttribute = "ParamArena.ArenaFunctionTableAttribute";
    public const string ArenaFunctionLoaderInterface = "ParamArena.IArenaFunctionLoader";
    public const string ArenaLibraryAttribute = "ParamArena.ArenaLibraryAttribute";
    public const string ArenaFunctionPointerAttribute = "ParamArena.ArenaFunctionPointerAttribute";
    public const string ArenaCountAttribute = "ParamArena.ArenaCountAttribute";
    public const string ArenaStructureTypeAttribute = "ParamArena.ArenaStructureTypeAttribute";
    public const string ArenaExtendsAttribute = "ParamArena.ArenaExtendsAttribute";
    public const string IArenaChain = "ParamArena.IArenaChain`2";
    public const string ArenaEnumeratedAttribute = "ParamArena.ArenaEnumeratedAttribute";
    public const string ArenaLease = "ParamArena.ArenaLease";
    public const string NativePool = "ParamArena.NativePool";
    public const string ArenaCountParameterAttribute = "ParamArena.ArenaCountParameterAttribute";
    public const string ArenaFixedLengthAttribute = "ParamArena.ArenaFixedLengthAttribute";
    public const string ArenaFreeAttribute = "ParamArena.ArenaFreeAttribute";
    public const string ArenaStringBufferAttribute = "ParamArena.ArenaStringBufferAttribute";
    public const string LibraryImportAttribute = "System.Runtime.InteropServices.LibraryImportAttribute";
    public const string DllImportAttribute = "System.Runtime.InteropServices.DllImportAttribute";
    public const string MarshalAsAttribute = "System.Runtime.InteropServices.MarshalAsAttribute";
    public const string MarshalUsingAttribute = "System.Runtime.InteropServices.Marshalling.MarshalUsingAttribute";
    public const string OutAttribute = "System.Runtime.InteropServices.OutAttribute";
    public const string SuppressGCTransitionAttribute = "System.Runtime.InteropServices.SuppressGCTransitionAttribute";
    public const string UnmanagedCallConvAttribute = "System.Runtime.InteropServices.UnmanagedCallConvAttribute";
    public const string DefaultDllImportSearchPathsAttribute = "System.Runtime.InteropServices.DefaultDllImportSearchPathsAttribute";
    public const string LCIDConversionAttribute = "System.Runtime.InteropServices.LCIDConversionAttribute";
    public const string SafeHandle = "System.Runtime.InteropServices.SafeHandle";
    public const string SkipLocalsInitAttribute = "System.Runtime.CompilerServices.SkipLocalsInitAttribute";

    /// <summary>Stub locals start with this; user parameters may not.</summary>
    public const string ReservedPrefix = "__";

    /// <summary>The one member the generator adds to a shape: its native twin, which holds the staging methods.</summary>
    public const string DefaultNativeName = "Native";

    /// <summary>The native fields a shape with a structure type starts with; staging writes them.</summary>
    public const string StructureTypeField = "SType";
    public const string NextField = "PNext";

    /// <summary><c>System.Runtime.InteropServices.StringMarshalling</c> values.</summary>
    public const int StringMarshallingCustom = 0;
    public const int StringMarshallingUtf16 = 2;

    /// <summary><c>System.Runtime.InteropServices.UnmanagedType</c> values the generator implements.</summary>
    public const int UnmanagedTypeBool = 2;
    public const int UnmanagedTypeI1 = 3;
    public const int UnmanagedTypeU1 = 4;
    public const int UnmanagedTypeI2 = 5;
    public const int UnmanagedTypeU2 = 6;
    public const int UnmanagedTypeLPWStr = 21;
    public const int UnmanagedTypeLPArray = 42;
    public const int UnmanagedTypeLPUTF8Str = 48;
}
