namespace ParamArena.Marshalling;

/// <summary>Everything the emitter needs to write one shape's <c>Native</c> struct and staging code.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Namespace">The enclosing namespace, or null.</param>
/// <param name="ContainingTypes">The enclosing types, outermost first.</param>
/// <param name="Keyword">The shape's declaration keyword (<c>struct</c> or <c>record struct</c>).</param>
/// <param name="Name">The shape's name.</param>
/// <param name="FullName">The shape's fully qualified name.</param>
/// <param name="NativeName">The name of the native twin nested in the shape.</param>
/// <param name="NativeFields">The <c>Native</c> struct's fields in C order.</param>
/// <param name="Fields">The managed fields and how each is staged.</param>
/// <param name="Counts">The count fields and the arrays they describe.</param>
/// <param name="StructureType">The structure type from <c>[ArenaStructureType]</c>, or null for a shape without one.</param>
/// <param name="MayReferToItself">True when the shape can reach itself through arrays or optional shapes, so staging guards its depth.</param>
/// <param name="ReadOnlyFields">The managed fields declared <c>readonly</c>, which reading back writes through a reference.</param>
internal sealed record ShapeModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Keyword,
    string Name,
    string FullName,
    string NativeName,
    EquatableArray<NativeFieldModel> NativeFields,
    EquatableArray<ShapeFieldModel> Fields,
    EquatableArray<CountGroupModel> Counts,
    bool MayReferToItself,
    EquatableArray<string> ReadOnlyFields = default,
    StructureTypeModel? StructureType = null);
