using System.Collections.Generic;
using System.Linq;
using ParamArena.Generator.Emit.Marshallers;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes an <c>[ArenaCallback]</c> method's <c>[UnmanagedCallersOnly]</c> trampoline (convert the native arguments, invoke,
/// convert the return; an exception is reported and <c>default</c> returned) and the <c>&lt;Method&gt;Pointer</c> property
/// that hands its typed function pointer to native code.
/// </summary>
internal static class CallbackEmitter
{
    private const string Exception = "__exception";

    public static string Emit(CallbackModel callback)
    {
        CodeWriter writer = new();
        DeclarationWriter.Header(writer);
        DeclarationWriter.OpenScopes(writer, callback.Namespace, callback.ContainingTypes);
        List<(string Type, string Name)> nativeParameters = NativeParameters(callback);
        ElementModel? ret = callback.Return.Element;
        string nativeReturn = ret is null ? "void" : MarshallerFor.Of(ret).NativeType(ret, ElementRole.Return);
        string trampoline = Names.Local(callback.Name, "Trampoline");
        string bare = callback.Name.TrimStart('@');

        writer.Line("/// <summary>The native entry point of <see cref=\"" + bare + "\"/>, for native code to call back.</summary>");
        writer.Line(callback.Accessibility + " static delegate* unmanaged" + Conventions(callback) + "<"
            + string.Concat(nativeParameters.Select(p => p.Type + ", ")) + nativeReturn + "> " + bare + "Pointer => &" + trampoline + ";");
        writer.Line();
        writer.Line("[global::System.Runtime.InteropServices.UnmanagedCallersOnly" + (callback.CallingConventions.Count > 0
            ? "(CallConvs = new global::System.Type[] { " + string.Join(", ", callback.CallingConventions.Select(c => "typeof(global::System.Runtime.CompilerServices.CallConv" + c + ")")) + " })"
            : "") + "]");
        writer.Line("[global::System.Runtime.CompilerServices.SkipLocalsInit]");
        writer.Open("private static " + nativeReturn + " " + trampoline + "(" + string.Join(", ", nativeParameters.Select(p => p.Type + " " + p.Name)) + ")");
        writer.Open("try");
        if (callback.Parameters.Any(p => p.Element.Kind != MarshallerKind.Blittable)) writer.Line("// Convert the native arguments into managed copies.");
        List<string> arguments = new();
        foreach (ParameterModel parameter in callback.Parameters)
            arguments.Add(MarshallerFor.Of(parameter.Element).ReadArgument(writer, parameter, Count(parameter)));
        writer.Line("// Invoke.");
        string call = callback.Name + "(" + string.Join(", ", arguments) + ");";
        if (ret is null)
        {
            writer.Line(call);
        }
        else
        {
            writer.Line(callback.Return.ManagedType + " " + Names.ReturnValue + " = " + call);
            writer.Line("// Convert the return.");
            writer.Line(nativeReturn + " " + Names.NativeReturnValue + ";");
            MarshallerFor.Of(ret).StageField(writer, ret, Names.NativeReturnValue, Names.ReturnValue);
            writer.Line("return " + Names.NativeReturnValue + ";");
        }
        writer.Close();
        writer.Open("catch (global::System.Exception " + Exception + ")");
        writer.Line("// Never unwind into native frames: report, and give the native caller default.");
        writer.Line("global::ParamArena.ArenaCallbacks.ReportUnhandledException(" + DeclarationWriter.Literal(callback.QualifiedName) + ", " + Exception + ");");
        if (ret is not null) writer.Line("return default;");
        writer.Close();
        writer.Close();
        DeclarationWriter.CloseScopes(writer, callback.Namespace, callback.ContainingTypes);
        return writer.ToString();
    }

    private static string Conventions(CallbackModel callback) =>
        callback.CallingConventions.Count > 0 ? "[" + string.Join(", ", callback.CallingConventions) + "]" : "";

    /// <summary>The native parameter list, with each array's count at its <c>[ArenaCountParameter]</c> position.</summary>
    private static List<(string Type, string Name)> NativeParameters(CallbackModel callback)
    {
        List<(string Type, string Name)> parameters = callback.Parameters
            .Select(p => (MarshallerFor.NativeType(p), Names.Native(p.Name)))
            .ToList();
        foreach (ParameterModel p in callback.Parameters.Where(p => p.Count is not null).OrderBy(p => p.Count!.NativeIndex))
            parameters.Insert(p.Count!.NativeIndex, (p.Count.CountType, Names.Count(p.Name)));
        return parameters;
    }

    /// <summary>An array's length from its native count (a size in bytes divided by the element's size).</summary>
    private static string? Count(ParameterModel parameter)
    {
        if (parameter.Count is not { } count) return null;
        string raw = "unchecked((ulong)" + Names.Count(parameter.Name) + ")";
        if (!count.InBytes) return raw;
        string elementSize = parameter.Element.Kind switch
        {
            MarshallerKind.ShapeSequence => parameter.Element.ShapeNative!,
            MarshallerKind.StringSequence => "nint",
            _ => parameter.Element.ElementType,
        };
        return raw + " / (ulong)sizeof(" + elementSize + ")";
    }
}
