using System.Collections.Generic;
using System.Linq;
using ParamArena.Generator.Emit.Marshallers;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes a shape's explicit <c>IArenaShape.Read</c>, the reverse of its <c>StageInto</c>: each field read back by its
/// own marshaller, arrays sized from their native counts. <c>ArenaStaging.Read</c>, <c>ReadOptional</c> and
/// <c>ReadArray</c> call it, as do stubs for shape returns and <c>ref</c> / <c>out</c> shape parameters.
/// </summary>
internal static class ShapeReadEmitter
{
    public static void Write(CodeWriter writer, ShapeModel shape, string @interface, string native)
    {
        if (shape.Fields.All(f => f.Element.Kind is not (MarshallerKind.Shape or MarshallerKind.NullableShape or MarshallerKind.ShapeSequence)))
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.Open("static void " + @interface + ".Read(" + native + "* source, out " + shape.FullName + " value)");
        if (shape.MayReferToItself)
        {
            // A native pointer may lead back to a struct being read; a loop would otherwise end in a stack overflow.
            writer.Line("if (!global::System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) global::ParamArena.ArenaStaging.ThrowReadGraphTooDeep(typeof("
                + shape.FullName + "));");
        }
        // Members that are not staged (a record struct's properties) start out zeroed rather than undefined.
        writer.Line("value = default;");

        Dictionary<string, string> counts = new(System.StringComparer.Ordinal);
        foreach (CountGroupModel count in shape.Counts)
        {
            string raw = "unchecked((ulong)source->" + count.Name + ")";
            if (count.InBytes)
            {
                ShapeFieldModel first = shape.Fields.First(f => f.Name == count.Arrays[0]);
                raw = raw + " / (ulong)sizeof(" + ShapeEmitter.ElementSize(first) + ")";
            }
            counts[count.Name] = raw;
            if (count.Declared) writer.Line(Target(shape, count.Name) + " = source->" + count.Name + ";");
        }

        foreach (ShapeFieldModel field in shape.Fields)
        {
            string? count = field.CountName is null ? null : counts[field.CountName];
            MarshallerFor.Of(field.Element).ReadField(writer, field.Element, Target(shape, field.Name), "source->" + field.Name, count);
        }
        writer.Close();
    }

    // A readonly field is written through a reference: the shape is being built, as a constructor would.
    private static string Target(ShapeModel shape, string field) => shape.ReadOnlyFields.Contains(field)
        ? "global::System.Runtime.CompilerServices.Unsafe.AsRef(in value." + field + ")"
        : "value." + field;
}
