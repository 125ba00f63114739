using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>[ArenaEnumerated]</c> parameter: a buffer of blittable items (or shapes' <c>Native</c> structs) the native function
/// fills, in the stub's arena (for an array result), the caller's lease or the caller's pool; shapes are read back into the
/// array. The count-then-fill loop itself is <see cref="StubEmitter"/>'s invoke stage; this writes the buffer's locals and
/// turns the filled items into the managed result.
/// </summary>
internal sealed class EnumerationMarshaller : ParameterOnlyMarshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => Item(element) + "*";

    /// <summary>The type of one item in native memory.</summary>
    private static string Item(ElementModel element) => element.ShapeNative ?? element.ElementType;

    // An array result is filled in the stub's own arena, then copied into the array.
    public override bool NeedsArena(ElementModel element) => element.IsArray;

    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        writer.Line(Item(parameter.Element) + "* " + Names.Native(parameter.Name) + " = null;");
        writer.Line(parameter.Count!.CountType + " " + Names.Count(parameter.Name) + " = 0;");
    }

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        ElementModel element = parameter.Element;
        string items = Names.Native(parameter.Name), count = "(int)" + Names.Count(parameter.Name);
        if (element.ShapeNative is not null)
        {
            writer.Line(parameter.Name + " = " + Names.Staging + ".ReadArray<" + element.ElementType + ", " + element.ShapeNative + ">(" + items + ", (ulong)"
                + Names.Count(parameter.Name) + ") ?? global::System.Array.Empty<" + element.ElementType + ">();");
            return;
        }
        if (element.IsArray)
        {
            writer.Line(parameter.Name + " = " + Names.Count(parameter.Name) + " == 0 ? global::System.Array.Empty<" + element.ElementType + ">() : new global::System.ReadOnlySpan<"
                + element.ElementType + ">(" + items + ", " + count + ").ToArray();");
            return;
        }
        if (parameter.Enumeration!.Memory == EnumerationMemory.Pool)
        {
            // No items: the block goes back to the pool, and the span is empty with no memory to free.
            writer.Line("if (" + Names.Count(parameter.Name) + " == 0 && " + items + " != null) { " + parameter.Enumeration.Provider + ".Free(" + items + "); " + items + " = null; }");
        }
        writer.Line(parameter.Name + " = new global::System.Span<" + element.ElementType + ">(" + items + ", " + count + ");");
    }

    /// <summary>A buffer of <paramref name="capacity"/> items, from where the items live.</summary>
    public static string Allocate(ParameterModel parameter, string capacity)
    {
        string type = Item(parameter.Element);
        // Shapes' Native structs start zeroed, so fields the function leaves alone read back as default.
        if (parameter.Element.ShapeNative is not null) return Names.Lease + ".Alloc<" + type + ">(" + capacity + ")";
        return parameter.Enumeration!.Memory == EnumerationMemory.Pool
            ? "(" + type + "*)" + parameter.Enumeration.Provider + ".Malloc((nuint)" + capacity + " * (nuint)sizeof(" + type + "), " + Names.Staging + ".MaxAlign<" + type + ">((nuint)16))"
            : Names.Lease + ".AllocUninitialized<" + type + ">(" + capacity + ")";
    }
}
