using System.Collections.Generic;
using System.Linq;
using ParamArena.Generator.Emit.Strategies;
using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes one <c>[ArenaMarshal]</c> stub in stages: setup (validation, before the arena is touched), stage
/// (one bump for the fixed-size part, then strings and arrays), pin, invoke, copy back, cleanup; plus the
/// inner blittable <c>[DllImport]</c>.
/// </summary>
internal static class StubEmitter
{
    public static string Emit(StubModel stub)
    {
        CodeWriter writer = new();
        DeclarationWriter.Header(writer);
        DeclarationWriter.OpenScopes(writer, stub.Namespace, stub.ContainingTypes);
        WriteMethod(writer, stub);
        DeclarationWriter.CloseScopes(writer, stub.Namespace, stub.ContainingTypes);
        return writer.ToString();
    }

    private static void WriteMethod(CodeWriter writer, StubModel stub)
    {
        List<(ParameterModel Parameter, ParameterStrategy Strategy)> parameters =
            stub.Parameters.Select(p => (p, StrategyFor.Kind(p.Kind))).ToList();
        bool needsArena = parameters.Any(p => p.Strategy.NeedsArena);
        bool needsCleanup = parameters.Any(p => p.Strategy.NeedsCleanup);
        ReturnModel ret = stub.Return;
        bool returns = ret.Kind != ReturnKind.Void;

        string signature = string.Join(", ", stub.Parameters.Select(p => (p.Modifiers.Length > 0 ? p.Modifiers + " " : "") + p.ManagedType + " " + p.Name));
        writer.Line("[global::System.Runtime.CompilerServices.SkipLocalsInit]");
        writer.Open(stub.Modifiers + " " + ret.ManagedType + " " + stub.Name + "(" + signature + ")");

        // Setup: everything that can reject the input runs before the arena is rented.
        foreach ((ParameterModel p, ParameterStrategy s) in parameters) s.Setup(writer, p);
        foreach ((ParameterModel p, _) in parameters.Where(x => x.Parameter.Count is not null)) WriteCount(writer, p);
        if (ret.Kind == ReturnKind.SafeHandle)
            writer.Line(ret.ManagedType + " " + Names.ReturnValue + " = new " + ret.ManagedType.TrimEnd('?') + "();");
        else if (returns)
            writer.Line(ret.ManagedType + " " + Names.ReturnValue + ";");
        if (returns && ret.Kind != ReturnKind.Blittable) writer.Line(ret.NativeType + " " + Names.NativeReturnValue + ";");
        if (stub.SetLastError) writer.Line("int " + Names.LastError + ";");
        if (needsArena)
        {
            writer.Line("// Stage in the calling thread's arena; the lease's end releases it all in O(1).");
            writer.Line("using global::ParamArena.ArenaLease " + Names.Lease + " = global::ParamArena.ArenaLease.Rent();");
        }

        if (needsCleanup) writer.Open("try");

        // Stage: the fixed-size part of every parameter in one bump, then the variable-size parts.
        WriteFixedBump(writer, parameters, out Dictionary<ParameterModel, string> slots);
        foreach ((ParameterModel p, ParameterStrategy s) in parameters)
            s.Stage(writer, p, slots.TryGetValue(p, out string? slot) ? slot : null);
        writer.Line("// Invoke" + (HasPins(parameters) ? " with arrays, spans and by-ref parameters pinned in place." : "."));

        // Pin, then invoke.
        List<string> pins = parameters.Select(x => x.Strategy.Pin(x.Parameter)).Where(h => h is not null).Select(h => h!).ToList();
        foreach (string pin in pins) writer.Line(pin);
        writer.Open();
        if (stub.SetLastError) writer.Line(Names.Marshal + ".SetLastSystemError(0);");
        string call = Names.Invoke + "(" + string.Join(", ", NativeArguments(parameters).Select(a => a.Argument)) + ");";
        if (!returns) writer.Line(call);
        else if (ret.Kind == ReturnKind.Blittable) writer.Line(Names.ReturnValue + " = " + call);
        else writer.Line(Names.NativeReturnValue + " = " + call);
        if (stub.SetLastError) writer.Line(Names.LastError + " = " + Names.Marshal + ".GetLastSystemError();");
        writer.Close();

        // Copy back, and convert the return while staged memory it may point into is still alive.
        foreach ((ParameterModel p, ParameterStrategy s) in parameters) s.CopyBack(writer, p);
        WriteReturnConversion(writer, ret);

        if (needsCleanup)
        {
            writer.Close();
            writer.Open("finally");
            foreach ((ParameterModel p, ParameterStrategy s) in parameters) s.Cleanup(writer, p);
            writer.Close();
        }

        if (stub.SetLastError) writer.Line(Names.Marshal + ".SetLastPInvokeError(" + Names.LastError + ");");
        if (returns) writer.Line("return " + Names.ReturnValue + ";");

        writer.Line();
        writer.Line("// The native function itself, declared with blittable types only so no runtime marshalling runs.");
        string nativeParameters = string.Join(", ", NativeArguments(parameters).Select(a => a.Type + " " + a.Name));
        writer.Line("[global::System.Runtime.InteropServices.DllImport(" + DeclarationWriter.Literal(stub.LibraryName)
            + ", EntryPoint = " + DeclarationWriter.Literal(stub.EntryPoint) + ", ExactSpelling = true)]");
        writer.Line("static extern " + ret.NativeType + " " + Names.Invoke + "(" + nativeParameters + ");");
        writer.Close();
    }

    private static bool HasPins(List<(ParameterModel Parameter, ParameterStrategy Strategy)> parameters) =>
        parameters.Any(x => x.Strategy.Pin(x.Parameter) is not null);

    /// <summary>The native argument list, with <c>[ArenaCountParameter]</c> counts inserted at their positions.</summary>
    private static List<(string Type, string Name, string Argument)> NativeArguments(List<(ParameterModel Parameter, ParameterStrategy Strategy)> parameters)
    {
        List<(string Type, string Name, string Argument)> arguments = parameters
            .Select(x => (x.Parameter.NativeType, x.Parameter.Name, x.Strategy.NativeArgument(x.Parameter)))
            .ToList();
        foreach ((ParameterModel p, _) in parameters.Where(x => x.Parameter.Count is not null).OrderBy(x => x.Parameter.Count!.NativeIndex))
            arguments.Insert(p.Count!.NativeIndex, (p.Count.CountType, p.Name.TrimStart('@') + "Count", Names.Count(p.Name)));
        return arguments;
    }

    /// <summary>The native count of a span/array parameter, checked against the count type's range.</summary>
    private static void WriteCount(CodeWriter writer, ParameterModel p)
    {
        CountParameterModel count = p.Count!;
        string length = p.IsArray ? "(" + p.Name + "?.Length ?? 0)" : p.Name + ".Length";
        string elementSize = p.Kind switch
        {
            MarshalKind.ShapeArray => p.ElementType + ".Native",
            MarshalKind.StringArray => "nint",
            _ => p.ElementType,
        };
        string value = count.InBytes ? "(ulong)" + length + " * (ulong)sizeof(" + elementSize + ")" : "(ulong)" + length;
        string raw = Names.Local(p.Name, "length");
        writer.Line("ulong " + raw + " = " + value + ";");
        writer.Line("if (" + raw + " > (ulong)" + Names.MaxValue(count.CountType) + ") " + Names.Staging
            + ".ThrowCountOverflow(nameof(" + p.Name + "), " + raw + ", " + DeclarationWriter.Literal(count.CountType) + ");");
        writer.Line(count.CountType + " " + Names.Count(p.Name) + " = (" + count.CountType + ")" + raw + ";");
    }

    private static void WriteFixedBump(CodeWriter writer, List<(ParameterModel Parameter, ParameterStrategy Strategy)> parameters, out Dictionary<ParameterModel, string> slots)
    {
        slots = new Dictionary<ParameterModel, string>();
        List<(ParameterModel Parameter, string Type)> fixedParts = parameters
            .Select(x => (x.Parameter, Type: x.Strategy.FixedStagingType(x.Parameter)))
            .Where(x => x.Type is not null)
            .Select(x => (x.Parameter, x.Type!))
            .ToList();
        if (fixedParts.Count == 0) return;
        writer.Line("// One bump for the fixed-size part of the staging; sizes are JIT-time constants.");
        foreach ((ParameterModel p, string type) in fixedParts)
            writer.Line("nuint " + Names.Local(p.Name, "size") + " = " + Names.AlignedSize(type) + ";");
        string total = string.Join(" + ", fixedParts.Select(x => Names.Local(x.Parameter.Name, "size")));
        writer.Line("byte* " + Names.Fixed + " = (byte*)" + Names.Lease + ".AllocUninitialized(" + total + ", 8);");
        string offset = "";
        foreach ((ParameterModel p, string type) in fixedParts)
        {
            slots[p] = "(" + type + "*)(" + Names.Fixed + offset + ")";
            offset += " + " + Names.Local(p.Name, "size");
        }
    }

    private static void WriteReturnConversion(CodeWriter writer, ReturnModel ret)
    {
        switch (ret.Kind)
        {
            case ReturnKind.Bool:
                writer.Line(Names.ReturnValue + " = " + Names.NativeReturnValue + " != 0;");
                break;
            case ReturnKind.Char:
                writer.Line(Names.ReturnValue + " = (char)" + Names.NativeReturnValue + ";");
                break;
            case ReturnKind.String:
                // The native string is read, not freed: the function returned a const char* it still owns.
                // A non-nullable string return trusts the declaration, as LibraryImport does.
                writer.Line(Names.ReturnValue + " = " + Names.Marshal + (ret.Utf16 ? ".PtrToStringUni" : ".PtrToStringUTF8") + "((nint)" + Names.NativeReturnValue + ")"
                    + (ret.ManagedType.EndsWith("?") ? "" : "!") + ";");
                break;
            case ReturnKind.SafeHandle:
                writer.Line(Names.Marshal + ".InitHandle(" + Names.ReturnValue + ", " + Names.NativeReturnValue + ");");
                break;
        }
    }
}
