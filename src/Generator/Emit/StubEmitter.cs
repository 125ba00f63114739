using System.Collections.Generic;
using System.Linq;
using ParamArena.Generator.Emit.Marshallers;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes one <c>[ArenaMarshal]</c> stub in stages: setup (validation, before the arena is touched), stage
/// (the fixed-size part on the stack, then strings and arrays), pin, invoke, copy back, cleanup; plus the
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
        List<(ParameterModel Parameter, Marshaller Marshaller)> parameters =
            stub.Parameters.Select(p => (p, MarshallerFor.Of(p.Element))).ToList();
        List<ParameterModel> staged = parameters.Where(p => p.Marshaller.NeedsArena(p.Parameter.Element)).Select(p => p.Parameter).ToList();
        ParameterModel? enumerated = stub.Parameters.FirstOrDefault(p => p.Enumeration is not null);
        // With [ArenaEnumerated] on a span, the caller's lease holds the items and stages the inputs too.
        string? callerLease = enumerated?.Enumeration!.Memory == EnumerationMemory.Lease ? enumerated.Enumeration.Provider : null;
        // Only UTF-8 strings to stage: a stack buffer the JIT keeps in registers holds them, the arena only one that does not fit.
        bool stringsOnly = staged.Count > 0 && staged.All(p => p.Element.Kind == MarshallerKind.String) && callerLease is null;
        bool needsLease = staged.Count > 0 && callerLease is null && !stringsOnly;
        bool needsCleanup = stringsOnly || parameters.Any(p => p.Marshaller.NeedsCleanup(p.Parameter.Element));
        ElementModel? ret = stub.Return.Element;
        Marshaller? returns = ret is null ? null : MarshallerFor.Of(ret);

        if (stub.Target.Kind == TargetKind.DeclaredLibraryExport)
        {
            writer.Line("/// <summary>The address of <c>" + System.Security.SecurityElement.Escape(stub.Target.EntryPoint) + "</c>, looked up on the first call.</summary>");
            writer.Line("private static nint " + stub.Target.Field + ";");
            writer.Line();
        }
        if (!stub.DeclaresSkipLocalsInit) writer.Line("[global::System.Runtime.CompilerServices.SkipLocalsInit]");
        writer.Open(stub.Signature);

        // Setup: everything that can reject the input runs before the arena is rented.
        TargetModel target = stub.Target;
        WriteTarget(writer, target, stub.ContainingTypes[stub.ContainingTypes.Count - 1].Name);
        foreach ((ParameterModel p, Marshaller m) in parameters) m.Setup(writer, p);
        if (callerLease is not null)
            writer.Line("if (!" + callerLease + ".IsOpen) throw new global::System.ArgumentException(\"The lease that holds the items is not open.\", nameof(" + callerLease + "));");
        foreach ((ParameterModel p, _) in parameters.Where(x => x.Parameter.Count is not null && x.Parameter.Enumeration is null)) WriteCount(writer, p);
        if (ret is not null)
        {
            if (ret.Kind == MarshallerKind.SafeHandle) returns!.DeclareReturn(writer, ret);
            else writer.Line(stub.Return.ManagedType + " " + Names.ReturnValue + ";");
            if (!returns!.ReturnsAsIs) writer.Line(returns.NativeType(ret, ElementRole.Return) + " " + Names.NativeReturnValue + ";");
        }
        if (stub.SetLastError) writer.Line("int " + Names.LastError + ";");
        if (callerLease is not null)
        {
            writer.Line("// Stage in the caller's lease, which holds the items too.");
            writer.Line("scoped global::ParamArena.ArenaLease " + Names.Lease + " = " + callerLease + ";");
        }
        else if (needsLease)
        {
            writer.Line("// Stage on the stack; the calling thread's arena is rented only for what does not fit.");
            writer.Line("using global::ParamArena.ArenaLease " + Names.Lease + " = global::ParamArena.ArenaLease.Rent(stackalloc byte[1024]);");
        }
        else if (stringsOnly)
        {
            writer.Line("// Stage the strings on the stack, a long one in a buffer of its own (up to 4 KB); the arena only past that.");
            writer.Line("global::System.Span<byte> " + Names.Buffer + " = stackalloc byte[" + System.Math.Min(256 * staged.Count, 1024) + "];");
            writer.Line("scoped global::ParamArena.ArenaLease " + Names.Lease + " = default;");
        }

        if (needsCleanup) writer.Open("try");

        // Stage: the fixed-size part of every parameter on the stack, then the variable-size parts.
        Dictionary<ParameterModel, string> slots = WriteFixedSlots(writer, parameters);
        foreach ((ParameterModel p, Marshaller m) in parameters)
        {
            if (stringsOnly && staged.Contains(p)) StringMarshaller.StageOnStack(writer, p);
            else m.Stage(writer, p, slots.TryGetValue(p, out string? slot) ? slot : null);
        }

        // Pin, then invoke (repeated while a caller buffer is too small).
        foreach ((ParameterModel p, Marshaller m) in parameters) m.BeforeInvoke(writer, p);
        List<string> pins = parameters.Select(x => x.Marshaller.Pin(x.Parameter)).Where(h => h is not null).Select(h => h!).ToList();
        writer.Line("// Invoke" + (pins.Count > 0 ? " with arrays, spans and by-ref parameters pinned in place." : ".")
            + (enumerated is not null ? " Count, then fill with a spare slot; again while the count changes." : ""));
        foreach (string pin in pins) writer.Line(pin);
        writer.Open();
        if (stub.SetLastError) writer.Line(Names.Marshal + ".SetLastSystemError(0);");
        string nativeReturn = ret is null ? "void" : returns!.NativeType(ret, ElementRole.Return);
        string callee = target.ThroughPointer
            ? "((delegate* unmanaged" + (stub.CallingConventions.Count > 0 ? "[" + string.Join(", ", stub.CallingConventions) + "]" : "")
                + "<" + string.Join("", NativeArguments(parameters).Select(a => a.Type + ", ")) + nativeReturn + ">)" + Names.Target + ")"
            : target.Field ?? Names.Invoke;
        string call = callee + "(" + string.Join(", ", NativeArguments(parameters).Select(a => a.Argument)) + ");";
        string? result = ret is null ? null : returns!.ReturnsAsIs ? Names.ReturnValue : Names.NativeReturnValue;
        if (enumerated is not null) WriteEnumerationLoop(writer, enumerated, call, result, target.EntryPoint);
        else if (result is null) writer.Line(call);
        else writer.Line(result + " = " + call);
        if (stub.SetLastError) writer.Line(Names.LastError + " = " + Names.Marshal + ".GetLastSystemError();");
        writer.Close();
        string returned = ret is null || returns!.ReturnsAsIs ? Names.ReturnValue : Names.NativeReturnValue;
        foreach ((ParameterModel p, Marshaller m) in Enumerable.Reverse(parameters)) m.AfterInvoke(writer, p, returned);

        // Copy back, and convert the return while staged memory it may point into is still alive.
        foreach ((ParameterModel p, Marshaller m) in parameters) m.CopyBack(writer, p);
        if (ret is not null && !returns!.ReturnsAsIs) returns.ConvertReturn(writer, ret);

        if (needsCleanup)
        {
            writer.Close();
            writer.Open("finally");
            foreach ((ParameterModel p, Marshaller m) in parameters) m.Cleanup(writer, p);
            if (stringsOnly) writer.Line(Names.Lease + ".Dispose();");
            writer.Close();
        }

        if (stub.SetLastError) writer.Line(Names.Marshal + ".SetLastPInvokeError(" + Names.LastError + ");");
        if (ret is not null) writer.Line("return " + Names.ReturnValue + ";");

        // A generic method cannot hold [DllImport] local functions (CS7042): a chain stub's imports are its siblings.
        bool siblings = stub.Generic;
        if (siblings) writer.Close();
        if (!target.ThroughPointer)
        {
            writer.Line();
            writer.Line("// The native function itself, declared with blittable types only so no runtime marshalling runs.");
            string nativeParameters = string.Join(", ", NativeArguments(parameters).Select(a => a.Type + " " + a.Name));
            writer.Line("[global::System.Runtime.InteropServices.DllImport(" + DeclarationWriter.Literal(target.LibraryName!)
                + ", EntryPoint = " + DeclarationWriter.Literal(target.EntryPoint) + ", ExactSpelling = true)]");
            foreach (string attribute in stub.ForwardedAttributes) writer.Line("[" + attribute + "]");
            writer.Line((siblings ? "private static extern " : "static extern ") + nativeReturn + " " + (target.Field ?? Names.Invoke) + "(" + nativeParameters + ");");
        }
        FreeCalls.Declare(writer, stub);
        if (!siblings) writer.Close();
    }

    /// <summary>Reads the address a pointer call goes to, first of all: a missing function throws before anything is staged.</summary>
    private static void WriteTarget(CodeWriter writer, TargetModel target, string containingType)
    {
        switch (target.Kind)
        {
            case TargetKind.Table:
                writer.Line("nint " + Names.Target + " = this." + target.Field + ";");
                writer.Line("if (" + Names.Target + " == 0) " + Names.Staging + ".ThrowFunctionNotLoaded(" + DeclarationWriter.Literal(target.EntryPoint) + ", "
                    + DeclarationWriter.Literal(target.TableName!) + ");");
                break;
            case TargetKind.Parameter:
                writer.Line("nint " + Names.Target + " = (nint)" + target.Field + ";");
                writer.Line("if (" + Names.Target + " == 0) throw new global::System.ArgumentNullException(nameof(" + target.Field + "));");
                break;
            case TargetKind.DeclaredLibraryExport:
                writer.Line("nint " + Names.Target + " = " + target.Field + ";");
                writer.Line("if (" + Names.Target + " == 0) " + Names.Target + " = " + target.Field + " = global::ParamArena.ArenaLibraries.Export(typeof("
                    + containingType + ").Assembly, " + DeclarationWriter.Literal(target.LibraryName!) + ", " + DeclarationWriter.Literal(target.EntryPoint)
                    + string.Concat(target.Candidates.Select(c => ", " + DeclarationWriter.Literal(c))) + ");");
                break;
        }
    }

    /// <summary>The native argument list, with <c>[ArenaCountParameter]</c> counts inserted at their positions.</summary>
    private static List<(string Type, string Name, string Argument)> NativeArguments(List<(ParameterModel Parameter, Marshaller Marshaller)> parameters)
    {
        List<(string Type, string Name, string Argument)> arguments = parameters
            .Select(x => (MarshallerFor.NativeType(x.Parameter), x.Parameter.Name, x.Marshaller.NativeArgument(x.Parameter)))
            .ToList();
        foreach ((ParameterModel p, _) in parameters.Where(x => x.Parameter.Count is not null).OrderBy(x => x.Parameter.Count!.NativeIndex))
        {
            // The count is named after its array, unless a parameter already has that name (then the reserved '__' form).
            string name = p.Name.TrimStart('@') + "Count";
            if (parameters.Any(x => x.Parameter.Name.TrimStart('@') == name)) name = Names.Count(p.Name);
            // An enumeration's count goes by pointer (capacity in, items written out) unless the function returns it.
            bool byPointer = p.Enumeration is { CountReturned: false };
            arguments.Insert(p.Count!.NativeIndex, (p.Count.CountType + (byPointer ? "*" : ""), name, (byPointer ? "&" : "") + Names.Count(p.Name)));
        }
        return arguments;
    }

    /// <summary>
    /// The count-then-fill loop of an <c>[ArenaEnumerated]</c> parameter: ask for the count (no buffer), fill a buffer one
    /// item larger, and start over when the second call filled every slot or reported "incomplete", as the count grew
    /// in between. A failed call ends the loop with no items and its result returned.
    /// </summary>
    private static void WriteEnumerationLoop(CodeWriter writer, ParameterModel p, string call, string? result, string entryPoint)
    {
        EnumerationModel enumeration = p.Enumeration!;
        string items = Names.Native(p.Name), count = Names.Count(p.Name), capacity = Names.Local(p.Name, "capacity");
        string countType = p.Count!.CountType;
        bool pool = enumeration.Memory == EnumerationMemory.Pool;
        writer.Open("while (true)");
        if (pool) writer.Line("if (" + items + " != null) " + enumeration.Provider + ".Free(" + items + ");");
        writer.Line(items + " = null;");
        writer.Line(count + " = 0;");
        writer.Line(result is null ? call : result + " = " + call);
        string reported;
        if (enumeration.CountReturned)
        {
            writer.Line("if (" + result + " < 0) break;");
            reported = result!;
        }
        else
        {
            // A failed count query may have written the count: no items.
            if (enumeration.Success is not null) writer.Line("if (" + result + " != " + enumeration.Success + ") { " + count + " = 0; break; }");
            reported = count;
        }
        writer.Line("int " + capacity + " = " + Names.Staging + ".EnumerationCapacity((ulong)" + reported + ", " + DeclarationWriter.Literal(entryPoint) + ");");
        writer.Line(items + " = " + EnumerationMarshaller.Allocate(p, capacity) + ";");
        if (enumeration.ItemTag is not null)
        {
            string item = Names.Local(p.Name, "item");
            writer.Line("for (int " + item + " = 0; " + item + " < " + capacity + "; " + item + "++) { " + items + "[" + item + "]." + KnownNames.StructureTypeField + " = "
                + enumeration.ItemTag + "; " + items + "[" + item + "]." + KnownNames.NextField + " = null; }");
        }
        writer.Line(count + " = (" + countType + ")" + capacity + ";");
        writer.Line(result is null ? call : result + " = " + call);
        if (enumeration.CountReturned)
        {
            writer.Line("if (" + result + " >= " + capacity + ") continue;");
            writer.Line(count + " = " + result + " < 0 ? 0 : (" + countType + ")" + result + ";");
        }
        else
        {
            // A failure first: the function may leave the count at the capacity, which is no sign of growth then.
            if (enumeration.Success is not null)
            {
                string failed = result + " != " + enumeration.Success + (enumeration.Incomplete is null ? "" : " && " + result + " != " + enumeration.Incomplete);
                writer.Line("if (" + failed + ") { " + count + " = 0; break; }");
            }
            string again = "(ulong)" + count + " >= (ulong)" + capacity;
            if (enumeration.Incomplete is not null) again = result + " == " + enumeration.Incomplete + " || " + again;
            writer.Line("if (" + again + ") continue;");
        }
        writer.Line("break;");
        writer.Close();
    }

    /// <summary>The native count of a span/array parameter, checked against the count type's range.</summary>
    private static void WriteCount(CodeWriter writer, ParameterModel p)
    {
        CountParameterModel count = p.Count!;
        // A caller buffer's capacity is set where the buffer is staged, and grows with it.
        if (p.Element.Kind == MarshallerKind.StringBuffer) return;
        string length = p.Element.IsArray || p.Element.Kind == MarshallerKind.String ? "(" + p.Name + "?.Length ?? 0)" : p.Name + ".Length";
        // A UTF-8 string's length is its encoded byte count, which the staging writes too.
        if (p.Element.Kind is MarshallerKind.String or MarshallerKind.CString && !p.Element.Utf16 && p.Element.ElementType != "byte")
            length = Names.Staging + ".Utf8Length(" + p.Name + ")";
        string elementSize = p.Element.Kind switch
        {
            MarshallerKind.ShapeSequence => p.Element.ShapeNative!,
            MarshallerKind.StringSequence => "nint",
            MarshallerKind.String or MarshallerKind.CString => p.Element.Utf16 ? "char" : "byte",
            _ => p.Element.ElementType,
        };
        string value = count.InBytes ? "(ulong)" + length + " * (ulong)sizeof(" + elementSize + ")" : "(ulong)" + length;
        string raw = Names.Local(p.Name, "length");
        writer.Line("ulong " + raw + " = " + value + ";");
        writer.Line("if (" + raw + " > (ulong)" + count.CountType + ".MaxValue) " + Names.Staging
            + ".ThrowCountOverflow(nameof(" + p.Name + "), " + raw + ", " + DeclarationWriter.Literal(count.CountType) + ");");
        writer.Line(count.CountType + " " + Names.Count(p.Name) + " = (" + count.CountType + ")" + raw + ";");
    }

    /// <summary>A stack local for every parameter's fixed-size part (a block of the lease in checked mode, where canaries guard it).</summary>
    private static Dictionary<ParameterModel, string> WriteFixedSlots(CodeWriter writer, List<(ParameterModel Parameter, Marshaller Marshaller)> parameters)
    {
        Dictionary<ParameterModel, string> slots = new();
        List<(ParameterModel Parameter, string Type)> fixedParts = parameters
            .Select(x => (x.Parameter, Type: x.Marshaller.FixedStagingType(x.Parameter.Element)))
            .Where(x => x.Type is not null)
            .Select(x => (x.Parameter, x.Type!))
            .ToList();
        if (fixedParts.Count == 0) return slots;
        writer.Line("// The fixed-size part of the staging on the stack (in the arena in checked mode).");
        foreach ((ParameterModel p, string type) in fixedParts)
        {
            string local = Names.Local(p.Name, "slot");
            writer.Line(type + " " + local + ";");
            slots[p] = Names.Staging + ".Slot(" + Names.Lease + ", &" + local + ")";
        }
        return slots;
    }
}
