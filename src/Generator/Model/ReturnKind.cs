namespace ParamArena.Generator.Model;

/// <summary>How the native return value becomes the managed one.</summary>
internal enum ReturnKind
{
    /// <summary>No return value.</summary>
    Void,

    /// <summary>A blittable value or pointer, returned as it is.</summary>
    Blittable,

    /// <summary><c>bool</c> from a 4-byte BOOL or a byte.</summary>
    Bool,

    /// <summary><c>char</c> from a 16-bit code unit.</summary>
    Char,

    /// <summary><c>string</c> read (not freed) from a <c>const char*</c> or <c>const char16_t*</c>.</summary>
    String,

    /// <summary>A <c>SafeHandle</c> subclass created before the call and set from the returned handle.</summary>
    SafeHandle,
}
