namespace ParamArena.Marshalling;

/// <summary>One field of a generated <c>Native</c> struct, in C's order.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Type">The field's blittable type.</param>
/// <param name="Comment">A short note on where the field comes from, shown in the generated code.</param>
/// <param name="FixedLength">For a fixed-size buffer (<c>fixed Type Name[FixedLength]</c>): its length; 0 otherwise.</param>
internal sealed record NativeFieldModel(string Name, string Type, string Comment, int FixedLength = 0);
