using System.Collections.Generic;
using System.Linq;
using ParamArena.Generator.Emit.Marshallers;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes a shape's blittable <c>Native</c> twin and its staging, an explicit <c>IArenaShape.StageInto</c> that
/// <c>ArenaStaging.Stage</c>, <c>StageInto</c> and <c>StageArray</c> call, and its reading back (<see cref="ShapeReadEmitter"/>). Only the twin's name is added to the
/// shape, so its fields may be called anything else (<c>Stage</c> included).
/// </summary>
internal static class ShapeEmitter
{
    private const string Lease = "scoped in global::ParamArena.ArenaLease";

    public static string Emit(ShapeModel shape)
    {
        CodeWriter writer = new();
        DeclarationWriter.Header(writer);
        DeclarationWriter.OpenScopes(writer, shape.Namespace, shape.ContainingTypes);
        string native = shape.FullName + "." + shape.NativeName;
        writer.Open("unsafe partial " + shape.Keyword + " " + shape.Name + " : " + Interfaces(shape));
        writer.Line("/// <summary>The C layout of <see cref=\"" + shape.Name + "\"/>: blittable, filled in an arena by staging the shape.</summary>");
        writer.Line("[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Sequential)]");
        writer.Open("public struct " + shape.NativeName);
        foreach (NativeFieldModel field in shape.NativeFields)
        {
            writer.Line("/// <summary>" + System.Security.SecurityElement.Escape(field.Comment) + "</summary>");
            writer.Line(field.FixedLength > 0
                ? "public fixed " + field.Type + " " + field.Name + "[" + field.FixedLength + "];"
                : "public " + field.Type + " " + field.Name + ";");
        }
        writer.Close();
        writer.Line();
        WriteStageInto(writer, shape, native);
        writer.Line();
        ShapeReadEmitter.Write(writer, shape, Interface(shape), native);
        if (shape.StructureType is not null) WriteChainLink(writer, shape, native);
        writer.Close();
        DeclarationWriter.CloseScopes(writer, shape.Namespace, shape.ContainingTypes);
        return writer.ToString();
    }

    private static string Interface(ShapeModel shape) =>
        "global::ParamArena.IArenaShape<" + shape.FullName + ", " + shape.FullName + "." + shape.NativeName + ">";

    private static string Interfaces(ShapeModel shape)
    {
        if (shape.StructureType is null) return Interface(shape);
        return Interface(shape) + ", " + LinkInterface(shape) + ", " + ChainInterface(shape)
            + string.Concat(shape.StructureType.Extends.Select(head => ", global::ParamArena.IArenaExtends<" + head + ">"));
    }

    private static string LinkInterface(ShapeModel shape) => "global::ParamArena.IArenaChainLink<" + shape.FullName + ">";

    private static string ChainInterface(ShapeModel shape) => "global::ParamArena.IArenaChain<" + shape.FullName + ", " + shape.FullName + ">";

    // A shape with a structure type is a chain link, and the head of a chain of length 0.
    private static void WriteChainLink(CodeWriter writer, ShapeModel shape, string native)
    {
        string stageInto = "global::ParamArena.ArenaStaging.StageInto<" + shape.FullName + ", " + native + ">";
        writer.Line();
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.Open("static void** " + LinkInterface(shape) + ".StageLink(" + Lease + " lease, in " + shape.FullName + " value, void** slot)");
        writer.Line(native + "* link = global::ParamArena.ArenaStaging.AllocUninitialized<" + native + ">(lease);");
        writer.Line(stageInto + "(lease, in value, link);");
        writer.Line("*slot = link;");
        writer.Line("return &link->" + KnownNames.NextField + ";");
        writer.Close();
        writer.Line();
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.Open("static void** " + ChainInterface(shape) + ".StageChain(" + Lease + " lease, in " + shape.FullName + " value, void* head)");
        writer.Line(stageInto + "(lease, in value, (" + native + "*)head);");
        writer.Line("return &((" + native + "*)head)->" + KnownNames.NextField + ";");
        writer.Close();
        string read = "global::ParamArena.ArenaStaging.Read<" + shape.FullName + ", " + native + ">";
        writer.Line();
        writer.Open("static void* " + LinkInterface(shape) + ".ReadLink(void* link, ref " + shape.FullName + " value)");
        writer.Line(read + "((" + native + "*)link, out value);");
        writer.Line("return ((" + native + "*)link)->" + KnownNames.NextField + ";");
        writer.Close();
        writer.Line();
        writer.Open("static void* " + ChainInterface(shape) + ".ReadChain(void* head, ref " + shape.FullName + " value)");
        writer.Line(read + "((" + native + "*)head, out value);");
        writer.Line("return ((" + native + "*)head)->" + KnownNames.NextField + ";");
        writer.Close();
    }

    // Implemented explicitly, so the shape's own member names stay free (a Vulkan field may be called Stage).
    private static void WriteStageInto(CodeWriter writer, ShapeModel shape, string native)
    {
        // A leaf shape (no nested shapes) stages in a few stores and bumps: inlined into StageArray's loop and Stage it costs no call per item.
        if (shape.Fields.All(f => f.Element.Kind is not (MarshallerKind.Shape or MarshallerKind.NullableShape or MarshallerKind.ShapeSequence)))
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.Open("static void " + Interface(shape) + ".StageInto(" + Lease + " lease, in " + shape.FullName + " value, " + native + "* destination)");
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
        if (shape.Counts.Count > 0) writer.Line("// Counts first: a bad length throws before anything is staged.");
        foreach (CountGroupModel count in shape.Counts)
        {
            string first = "value." + count.Arrays[0];
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
                string other = "value." + count.Arrays[i];
                writer.Line("if ((" + other + "?.Length ?? 0) != " + length + ") global::ParamArena.ArenaStaging.ThrowCountMismatch(nameof(" + other + "), "
                    + other + "?.Length ?? 0, nameof(" + first + "), " + length + ");");
            }
            string bytes = count.InBytes ? "(ulong)" + length + " * (ulong)sizeof(" + elementSizes[count.Arrays[0]] + ")" : "(ulong)" + length;
            string raw = "__" + count.Name.TrimStart('@') + "_value";
            writer.Line("ulong " + raw + " = " + bytes + ";");
            writer.Line("if (" + raw + " > (ulong)" + count.CountType + ".MaxValue) global::ParamArena.ArenaStaging.ThrowCountOverflow(nameof("
                + first + "), " + raw + ", " + DeclarationWriter.Literal(count.CountType) + ");");
            writer.Line("destination->" + count.Name + " = (" + count.CountType + ")" + raw + ";");
            if (count.KeepWhenNull)
                writer.Line("if (" + string.Join(" && ", count.Arrays.Select(a => "value." + a + " is null")) + ") destination->" + count.Name + " = value." + count.Name + ";");
        }

        if (shape.StructureType is not null)
        {
            writer.Line("destination->" + KnownNames.StructureTypeField + " = " + shape.StructureType.TagValue + ";");
            writer.Line("destination->" + KnownNames.NextField + " = null;");
        }
        foreach (ShapeFieldModel field in shape.Fields)
            MarshallerFor.Of(field.Element).StageField(writer, field.Element, "destination->" + field.Name, "value." + field.Name);
        writer.Close();
    }

    /// <summary>A count the shape declares: the length of the first non-null array; non-null arrays must agree.</summary>
    private static void WriteDeclaredLength(CodeWriter writer, CountGroupModel count, string length)
    {
        for (int i = 0; i < count.Arrays.Count; i++)
        {
            for (int j = i + 1; j < count.Arrays.Count; j++)
            {
                string a = "value." + count.Arrays[i];
                string b = "value." + count.Arrays[j];
                writer.Line("if (" + a + " is not null && " + b + " is not null && " + b + ".Length != " + a + ".Length) global::ParamArena.ArenaStaging.ThrowCountMismatch(nameof("
                    + b + "), " + b + ".Length, nameof(" + a + "), " + a + ".Length);");
            }
        }
        string expression = "0";
        for (int i = count.Arrays.Count - 1; i >= 0; i--)
        {
            string a = "value." + count.Arrays[i];
            expression = a + " is not null ? " + a + ".Length : " + (i == count.Arrays.Count - 1 ? expression : "(" + expression + ")");
        }
        writer.Line("int " + length + " = " + expression + ";");
    }

    /// <summary>The size unit of a count in bytes: the first array's native element.</summary>
    public static string ElementSize(ShapeFieldModel field) => field.Element.Kind switch
    {
        MarshallerKind.ShapeSequence => field.Element.ShapeNative!,
        MarshallerKind.StringSequence => "nint",
        _ => field.Element.ElementType,
    };
}
