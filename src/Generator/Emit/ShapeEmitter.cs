using System.Collections.Generic;
using System.Linq;
using ParamArena.Generator.Emit.Marshallers;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes a shape's blittable <c>Native</c> twin and its staging API: <c>Stage</c> (a staged copy),
/// <c>StageInto</c> (fill a given <c>Native</c>, used for embedding and arrays) and <c>StageArray</c>.
/// </summary>
internal static class ShapeEmitter
{
    private const string Lease = "scoped in global::ParamArena.ArenaLease";
    private const string LeaseBound = "[global::ParamArena.LeaseBound]";

    public static string Emit(ShapeModel shape)
    {
        CodeWriter writer = new();
        DeclarationWriter.Header(writer);
        DeclarationWriter.OpenScopes(writer, shape.Namespace, shape.ContainingTypes);
        writer.Open("unsafe partial " + shape.Keyword + " " + shape.Name);
        WriteNative(writer, shape);
        writer.Line();
        WriteStage(writer);
        writer.Line();
        WriteStageInto(writer, shape);
        writer.Line();
        WriteStageArray(writer, shape);
        writer.Close();
        DeclarationWriter.CloseScopes(writer, shape.Namespace, shape.ContainingTypes);
        return writer.ToString();
    }

    private static void WriteNative(CodeWriter writer, ShapeModel shape)
    {
        writer.Line("/// <summary>The C layout of <see cref=\"" + shape.Name + "\"/>: blittable, filled in an arena by <see cref=\"StageInto\"/>.</summary>");
        writer.Line("[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Sequential)]");
        writer.Open("public struct Native");
        foreach (NativeFieldModel field in shape.NativeFields)
        {
            writer.Line("/// <summary>" + System.Security.SecurityElement.Escape(field.Comment) + "</summary>");
            writer.Line("public " + field.Type + " " + field.Name + ";");
        }
        writer.Close();
    }

    private static void WriteStage(CodeWriter writer)
    {
        writer.Line("/// <summary>Stages this shape and everything it points to in <paramref name=\"lease\"/>; valid until the lease ends.</summary>");
        writer.Line("/// <param name=\"lease\">The lease that owns the staged memory.</param>");
        writer.Line("/// <returns>The staged native struct.</returns>");
        writer.Line(LeaseBound);
        writer.Open("public readonly Native* Stage(" + Lease + " lease)");
        writer.Line("Native* destination = global::ParamArena.ArenaStaging.AllocUninitialized<Native>(lease);");
        writer.Line("StageInto(lease, destination);");
        writer.Line("return destination;");
        writer.Close();
    }

    private static void WriteStageInto(CodeWriter writer, ShapeModel shape)
    {
        writer.Line("/// <summary>Fills <paramref name=\"destination\"/> with this shape, staging strings, arrays and nested shapes in <paramref name=\"lease\"/>.</summary>");
        writer.Line("/// <param name=\"lease\">The lease that owns the staged memory.</param>");
        writer.Line("/// <param name=\"destination\">Where to write the native struct (every field is written).</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">Arrays sharing a count differ in length, or a length does not fit its count type.</exception>");
        // A leaf shape (no nested shapes) stages in a few stores and bumps: inlined into StageArray's loop and Stage it costs no call per item.
        if (shape.Fields.All(f => f.Element.Kind is not (MarshallerKind.Shape or MarshallerKind.NullableShape or MarshallerKind.ShapeSequence)))
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.Open("public readonly void StageInto(" + Lease + " lease, Native* destination)");
        if (shape.MayReferToItself)
        {
            // An array or optional shape may lead back here; a graph that loops would otherwise end in a stack overflow.
            writer.Line("if (!global::System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) global::ParamArena.ArenaStaging.ThrowGraphTooDeep(typeof("
                + shape.FullName + "));");
        }

        Dictionary<string, string> elementSizes = shape.Fields
            .Where(f => f.CountName is not null)
            .GroupBy(f => f.Name)
            .ToDictionary(g => g.Key, g => ElementSize(g.First()));
        if (shape.Counts.Count > 0) writer.Line("// Counts first: a bad length throws before anything is staged. Fields are read through this. so they cannot be shadowed.");
        foreach (CountGroupModel count in shape.Counts)
        {
            string first = "this." + count.Arrays[0];
            string length = "__" + count.Name.TrimStart('@') + "_length";
            if (count.Declared)
            {
                WriteDeclaredLength(writer, count, length);
            }
            else
            {
                writer.Line("int " + length + " = " + first + "?.Length ?? 0;");
            }
            for (int i = 1; i < count.Arrays.Count && !count.Declared; i++)
            {
                string other = "this." + count.Arrays[i];
                writer.Line("if ((" + other + "?.Length ?? 0) != " + length + ") global::ParamArena.ArenaStaging.ThrowCountMismatch(nameof(" + other + "), "
                    + other + "?.Length ?? 0, nameof(" + first + "), " + length + ");");
            }
            string value = count.InBytes ? "(ulong)" + length + " * (ulong)sizeof(" + elementSizes[count.Arrays[0]] + ")" : "(ulong)" + length;
            string raw = "__" + count.Name.TrimStart('@') + "_value";
            writer.Line("ulong " + raw + " = " + value + ";");
            writer.Line("if (" + raw + " > (ulong)" + count.CountType + ".MaxValue" + ") global::ParamArena.ArenaStaging.ThrowCountOverflow(nameof("
                + first + "), " + raw + ", " + DeclarationWriter.Literal(count.CountType) + ");");
            writer.Line("destination->" + count.Name + " = (" + count.CountType + ")" + raw + ";");
        }

        foreach (ShapeFieldModel field in shape.Fields)
            MarshallerFor.Of(field.Element).StageField(writer, field.Element, "destination->" + field.Name, "this." + field.Name);
        writer.Close();
    }

    /// <summary>A count the shape declares: the length of the first non-null array; non-null arrays must agree.</summary>
    private static void WriteDeclaredLength(CodeWriter writer, CountGroupModel count, string length)
    {
        for (int i = 0; i < count.Arrays.Count; i++)
        {
            for (int j = i + 1; j < count.Arrays.Count; j++)
            {
                string a = "this." + count.Arrays[i];
                string b = "this." + count.Arrays[j];
                writer.Line("if (" + a + " is not null && " + b + " is not null && " + b + ".Length != " + a + ".Length) global::ParamArena.ArenaStaging.ThrowCountMismatch(nameof("
                    + b + "), " + b + ".Length, nameof(" + a + "), " + a + ".Length);");
            }
        }
        string expression = "0";
        for (int i = count.Arrays.Count - 1; i >= 0; i--)
        {
            string a = "this." + count.Arrays[i];
            expression = a + " is not null ? " + a + ".Length : " + (i == count.Arrays.Count - 1 ? expression : "(" + expression + ")");
        }
        writer.Line("int " + length + " = " + expression + ";");
    }

    private static string ElementSize(ShapeFieldModel field) => field.Element.Kind switch
    {
        MarshallerKind.ShapeSequence => field.Element.ElementType + ".Native",
        MarshallerKind.StringSequence => "nint",
        _ => field.Element.ElementType,
    };

    private static void WriteStageArray(CodeWriter writer, ShapeModel shape)
    {
        writer.Line("/// <summary>Stages every item as a contiguous array of <see cref=\"Native\"/> in <paramref name=\"lease\"/>.</summary>");
        writer.Line("/// <param name=\"lease\">The lease that owns the staged memory.</param>");
        writer.Line("/// <param name=\"items\">The shapes to stage.</param>");
        writer.Line("/// <returns>The staged array, or null when <paramref name=\"items\"/> is empty.</returns>");
        writer.Line(LeaseBound);
        writer.Open("public static Native* StageArray(" + Lease + " lease, global::System.ReadOnlySpan<" + shape.FullName + "> items)");
        writer.Line("if (items.IsEmpty) return null;");
        writer.Line("Native* destination = global::ParamArena.ArenaStaging.AllocUninitialized<Native>(lease, items.Length);");
        writer.Line("for (int i = 0; i < items.Length; i++) items[i].StageInto(lease, destination + i);");
        writer.Line("return destination;");
        writer.Close();
    }
}
