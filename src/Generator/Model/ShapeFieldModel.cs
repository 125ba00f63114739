namespace ParamArena.Generator.Model;

/// <summary>One managed field of a shape and how it is staged.</summary>
/// <param name="Kind">The staging strategy.</param>
/// <param name="Name">The managed field's name (the pointer or value field in <c>Native</c> has the same name).</param>
/// <param name="ElementType">The element type of arrays, the type of shapes (fully qualified).</param>
/// <param name="NativeType">The native field's type.</param>
/// <param name="Utf16">True for UTF-16 strings.</param>
/// <param name="CountName">For arrays, the native count field this array fills (shared counts share the name).</param>
internal sealed record ShapeFieldModel(
    ShapeFieldKind Kind,
    string Name,
    string ElementType,
    string NativeType,
    bool Utf16,
    string? CountName);
