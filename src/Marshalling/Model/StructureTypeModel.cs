namespace ParamArena.Marshalling;

/// <summary>A shape's structure type: the tag staging writes into <c>SType</c>, and the chain heads the shape may extend.</summary>
/// <param name="TagType">The tag's type, fully qualified (an enum or an integer keyword).</param>
/// <param name="TagValue">The tag as an expression of that type.</param>
/// <param name="Extends">The heads from <c>[ArenaExtends]</c>, fully qualified.</param>
internal sealed record StructureTypeModel(string TagType, string TagValue, EquatableArray<string> Extends);
