namespace ParamArena.Marshalling;

/// <summary>One managed field of a shape and how it is staged.</summary>
/// <param name="Name">The managed field's name (the native field that holds its value or pointer has the same name).</param>
/// <param name="Element">How it is marshalled.</param>
/// <param name="CountName">For arrays, the native count field it fills (shared counts share the name).</param>
internal sealed record ShapeFieldModel(string Name, ElementModel Element, string? CountName);
