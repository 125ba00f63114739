using System;
using System.Collections.Generic;
using System.Linq;

namespace ParamArena.Generator.Tests.Corpus;

/// <summary>
/// The declaration corpus. Its templates follow the kinds of declaration dotnet/runtime's LibraryImportGenerator unit
/// tests exercise (CodeSnippets.cs, Compiles.cs, CompileFails.cs, Diagnostics.cs): basic signatures over every ref kind,
/// returns, StringMarshalling, MarshalAs values, sized arrays and ArraySubType, [In]/[Out], MarshalUsing with custom
/// marshallers, SafeHandles and their constructors, delegates and function pointers, enums, blittable and
/// non-blittable structs, generics, nested and non-partial containing types, method forms the generator must refuse,
/// SetLastError, EntryPoint and library names, forwarded attributes, default parameters and params, preprocessor
/// directives, and attribute arguments that do not compile. The templates and type lists are written for ParamArena
/// (with [ArenaMarshal] in place of [LibraryImport], plus [ArenaCountParameter] and [ArenaStruct] shapes); each is
/// instantiated over the type and ref-kind lists below.
/// </summary>
internal static class LibraryImportCorpus
{
    private const string Lib = "\"corpuslib\"";

    /// <summary>A type a template is instantiated with: its code, the declarations it needs, and whether it needs an unsafe context.</summary>
    internal sealed record TypeArg(string Code, string[] Needs, bool Unsafe)
    {
        public override string ToString() => Code;
    }

    private static TypeArg T(string code, params string[] needs) => new(code, needs, code.Contains('*'));

    // Declarations a type argument may need, declared inside the case's namespace.
    private static readonly Dictionary<string, string> s_declarations = new()
    {
        ["Plain"] = "public unsafe struct Plain { public int I; public short S; public long L; public double D; public int* P; public void* V; }",
        ["WithBool"] = "public struct WithBool { public bool Flag; public int Value; }",
        ["WithChar"] = "public struct WithChar { public char Letter; }",
        ["WithString"] = "public struct WithString { public string? Text; }",
        ["WithFixed"] = "public unsafe struct WithFixed { public fixed int Values[4]; public int Length; }",
        ["ReadOnlyPair"] = "public readonly struct ReadOnlyPair { public readonly int A; public readonly int B; }",
        ["RecPair"] = "public record struct RecPair(int A, long B);",
        ["Outer"] = "public struct Outer { public Plain Inner; public uint Tail; }",
        ["Generic"] = "public struct Generic<TField> { public TField Field; }",
        ["SelfRef"] = "public struct SelfRef { public SelfRef Next; public int I; }",
        ["Overlay"] = "[StructLayout(LayoutKind.Explicit)] public struct Overlay { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; }",
        ["Nothing"] = "public struct Nothing { }",
        ["RefOnly"] = "public ref struct RefOnly { public int I; }",
        ["Klass"] = "public class Klass { public int I; }",
        ["RecClass"] = "public record RecClass(int A);",
        ["IThing"] = "public interface IThing { void Do(); }",
        ["Color"] = "public enum Color { Red, Green, Blue }",
        ["Small"] = "public enum Small : byte { A, B }",
        ["Wide"] = "public enum Wide : long { A = 1L << 40 }",
        ["Bits"] = "[Flags] public enum Bits : uint { None = 0, One = 1, Two = 2 }",
        ["Callback"] = "public delegate int Callback(int value);",
        ["HandlePublic"] = "public sealed class HandlePublic : SafeHandle { public HandlePublic() : base(IntPtr.Zero, true) { } public override bool IsInvalid => handle == IntPtr.Zero; protected override bool ReleaseHandle() => true; }",
        ["HandleInternal"] = "public sealed class HandleInternal : SafeHandle { internal HandleInternal() : base(IntPtr.Zero, true) { } public override bool IsInvalid => handle == IntPtr.Zero; protected override bool ReleaseHandle() => true; }",
        ["HandlePrivate"] = "public sealed class HandlePrivate : SafeHandle { private HandlePrivate() : base(IntPtr.Zero, true) { } public override bool IsInvalid => handle == IntPtr.Zero; protected override bool ReleaseHandle() => true; }",
        ["HandleProtected"] = "public class HandleProtected : SafeHandle { protected HandleProtected() : base(IntPtr.Zero, true) { } public override bool IsInvalid => handle == IntPtr.Zero; protected override bool ReleaseHandle() => true; }",
        ["HandleNoDefault"] = "public sealed class HandleNoDefault : SafeHandle { public HandleNoDefault(nint value) : base(value, true) { } public override bool IsInvalid => handle == IntPtr.Zero; protected override bool ReleaseHandle() => true; }",
        ["HandleAbstract"] = "public abstract class HandleAbstract : SafeHandle { protected HandleAbstract() : base(IntPtr.Zero, true) { } }",
        ["Shape"] = "[ArenaStruct] public partial struct Shape { public int Id; public string? Name; }",
        ["LooseShape"] = "[ArenaStruct] public struct LooseShape { public int Id; }",
        ["ClashShape"] = "[ArenaStruct] public partial struct ClashShape { public int Native; }",
        ["GenShape"] = "[ArenaStruct] public partial struct GenShape<TItem> { public int Id; }",
        ["IntAsLong"] = "[CustomMarshaller(typeof(int), MarshalMode.Default, typeof(IntAsLong))] public static class IntAsLong { public static long ConvertToUnmanaged(int value) => value; public static int ConvertToManaged(long value) => (int)value; }",
        ["Utf8Text"] = "[CustomMarshaller(typeof(string), MarshalMode.Default, typeof(Utf8Text))] public static unsafe class Utf8Text { public static byte* ConvertToUnmanaged(string? value) => null; public static string? ConvertToManaged(byte* value) => null; public static void Free(byte* value) { } }",
        ["Dummy"] = "[AttributeUsage(AttributeTargets.All)] public sealed class DummyAttribute : Attribute { public DummyAttribute(string? text = null) { } }",
    };

    /// <summary>The types the broad templates are instantiated with: everything LibraryImport's tests pass through a signature, and more.</summary>
    public static readonly TypeArg[] Types =
    {
        // Primitives and their aliases.
        T("byte"), T("sbyte"), T("short"), T("ushort"), T("int"), T("uint"), T("long"), T("ulong"), T("float"), T("double"),
        T("nint"), T("nuint"), T("System.IntPtr"), T("System.UIntPtr"), T("bool"), T("char"), T("string"), T("string?"),
        T("decimal"), T("System.DateTime"), T("System.Guid"), T("System.Half"), T("System.Int128"), T("System.UInt128"),
        T("System.TimeSpan"), T("System.Numerics.Vector2"), T("object"), T("object?"), T("dynamic"),
        // Nullable values.
        T("int?"), T("bool?"), T("Plain?", "Plain"),
        // Enums.
        T("Color", "Color"), T("Small", "Small"), T("Wide", "Wide"), T("Bits", "Bits"), T("System.DayOfWeek"),
        // Pointers and function pointers.
        T("int*"), T("byte*"), T("void*"), T("bool*"), T("char*"), T("int**"), T("nint*"), T("Plain*", "Plain"), T("Color*", "Color"),
        T("delegate* unmanaged<int, int>"), T("delegate*<void>"), T("delegate* unmanaged[Cdecl]<int>"),
        T("delegate* unmanaged[Stdcall, SuppressGCTransition]<void>"), T("delegate* unmanaged<byte*, nuint, void>"),
        // Structs, blittable or not.
        T("Plain", "Plain"), T("WithBool", "WithBool"), T("WithChar", "WithChar"), T("WithString", "WithString"), T("WithFixed", "WithFixed"),
        T("ReadOnlyPair", "ReadOnlyPair"), T("RecPair", "RecPair"), T("Outer", "Outer", "Plain"), T("Generic<int>", "Generic"),
        T("Generic<string>", "Generic"), T("SelfRef", "SelfRef"), T("Overlay", "Overlay"), T("Nothing", "Nothing"), T("RefOnly", "RefOnly"),
        T("(int, int)"), T("System.Collections.Generic.KeyValuePair<int, int>"),
        // Shapes.
        T("Shape", "Shape"), T("Shape?", "Shape"), T("LooseShape", "LooseShape"), T("ClashShape", "ClashShape"), T("GenShape<int>", "GenShape"),
        // Classes, records, interfaces, delegates.
        T("Klass", "Klass"), T("RecClass", "RecClass"), T("IThing", "IThing"), T("System.Collections.Generic.List<int>"),
        T("System.Collections.Generic.IEnumerable<int>"), T("System.Text.StringBuilder"), T("System.Exception"), T("System.Type"), T("System.Array"),
        T("Callback", "Callback"), T("System.Func<int, int>"), T("System.Action"),
        // SafeHandles.
        T("SafeHandle"), T("Microsoft.Win32.SafeHandles.SafeFileHandle"), T("Microsoft.Win32.SafeHandles.SafeWaitHandle"),
        T("HandlePublic", "HandlePublic"), T("HandleInternal", "HandleInternal"), T("HandlePrivate", "HandlePrivate"),
        T("HandleProtected", "HandleProtected"), T("HandleNoDefault", "HandleNoDefault"), T("HandleAbstract", "HandleAbstract"),
        // Arrays.
        T("int[]"), T("byte[]"), T("double[]"), T("nint[]"), T("bool[]"), T("char[]"), T("string[]"), T("string?[]"), T("string[]?"),
        T("Plain[]", "Plain"), T("Shape[]", "Shape"), T("WithBool[]", "WithBool"), T("Color[]", "Color"), T("int[][]"), T("int[,]"),
        T("int*[]"), T("object[]"), T("HandlePublic[]", "HandlePublic"), T("Callback[]", "Callback"), T("LooseShape[]", "LooseShape"),
        // Spans and other sequences.
        T("Span<int>"), T("ReadOnlySpan<byte>"), T("Span<char>"), T("ReadOnlySpan<char>"), T("Span<string>"), T("ReadOnlySpan<string?>"),
        T("Span<bool>"), T("Span<Plain>", "Plain"), T("ReadOnlySpan<Shape>", "Shape"), T("Span<WithBool>", "WithBool"),
        T("Memory<int>"), T("ArraySegment<int>"), T("Span<nint>"),
        // Types the compiler does not know or does not allow here.
        T("Missing"), T("Missing[]"), T("Span<Missing>"), T("System.TypedReference"), T("System.ArgIterator"), T("void"),
    };

    /// <summary>Ref kinds as LibraryImport's tests vary them, plus the newer ones C# allows on parameters.</summary>
    private static readonly string[] s_refKinds = { "", "in ", "ref ", "out ", "ref readonly " };

    private static readonly string[] s_moreRefKinds = { "scoped ref ", "scoped in ", "params ", "scoped " };

    /// <summary>Every case, in a fixed order.</summary>
    public static IReadOnlyList<CorpusCase> All => s_all ??= Build();

    private static List<CorpusCase>? s_all;

    private static List<CorpusCase> Build()
    {
        List<CorpusCase> cases = new();
        void Add(string template, string args, string body, CorpusGroup group = CorpusGroup.Default, bool foreign = false,
            CorpusLayout layout = CorpusLayout.Block) =>
            cases.Add(new CorpusCase(template + "<" + args + ">", template, body, group, foreign, layout));

        AllRefKinds(Add);
        SingleParameter(Add);
        ReturnOnly(Add);
        StringMarshallings(Add);
        MarshalAsValues(Add);
        SizedArrays(Add);
        ArraySubTypes(Add);
        InOutAttributes(Add);
        MarshalUsings(Add);
        SetLastErrors(Add);
        ImportTargets(Add);
        Containers(Add);
        MethodForms(Add);
        Defaults(Add);
        ParameterNames(Add);
        ForwardedAttributes(Add);
        CountParameters(Add);
        RefReturns(Add);
        Preprocessor(Add);
        AttributeSpellings(Add);
        ShapeFields(Add);
        UnsafeContexts(Add);
        Groups(Add);
        Layouts(Add);

        List<string> duplicates = cases.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new InvalidOperationException("Duplicate corpus ids: " + string.Join(", ", duplicates));
        return cases;
    }

    private delegate void Adder(string template, string args, string body, CorpusGroup group = CorpusGroup.Default, bool foreign = false,
        CorpusLayout layout = CorpusLayout.Block);

    // ---- helpers ----

    private static string Decls(params TypeArg[] types) => Decls(types.SelectMany(t => t.Needs));

    private static string Decls(IEnumerable<string> keys)
    {
        HashSet<string> seen = new();
        List<string> lines = new();
        foreach (string key in keys)
        {
            if (seen.Add(key)) lines.Add("    " + s_declarations[key]);
        }
        return lines.Count == 0 ? "" : "\n" + string.Join("\n", lines);
    }

    private static string Unsafe(params TypeArg[] types) => types.Any(t => t.Unsafe) ? "unsafe " : "";

    /// <summary>A partial class Test holding <paramref name="members"/>, then the declarations the types need.</summary>
    private static string InTest(string members, string decls = "") =>
        "    partial class Test\n    {\n" + Indent(members) + "\n    }" + decls;

    private static string Indent(string members) => string.Join("\n", members.Split('\n').Select(l => "        " + l));

    private static TypeArg Type(string code) => Types.FirstOrDefault(t => t.Code == code) ?? T(code);

    private static IEnumerable<TypeArg> Types_(params string[] codes) => codes.Select(Type);

    // ---- templates ----

    /// <summary>A return and one parameter of each ref kind, all of one type.</summary>
    private static void AllRefKinds(Adder add)
    {
        foreach (TypeArg t in Types)
        {
            add("AllRefKinds", t.Code, InTest(
                $"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial {t.Code} Method({t.Code} p, in {t.Code} pIn, ref {t.Code} pRef, out {t.Code} pOut);",
                Decls(t)));
        }
    }

    /// <summary>
    /// One parameter alone, so each refusal is attributed to its ref kind: by value for every type (AllRefKinds has in,
    /// ref and out of every type together), every ref kind for a selection.
    /// </summary>
    private static void SingleParameter(Adder add)
    {
        void Parameter(TypeArg t, string refKind) =>
            add("Parameter", refKind + t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial void Method({refKind}{t.Code} p);", Decls(t)));
        TypeArg[] selection = Types_("int", "long", "nint", "double", "bool", "char", "string", "string?", "Color", "Plain", "WithBool", "Generic<int>", "RefOnly",
            "Shape", "Shape?", "LooseShape", "HandlePublic", "HandlePrivate", "HandleAbstract", "SafeHandle", "int*", "void*", "delegate* unmanaged<int, int>",
            "int[]", "string[]", "Plain[]", "Shape[]", "Span<int>", "ReadOnlySpan<char>", "Callback", "object", "System.Collections.Generic.List<int>", "Missing").ToArray();
        foreach (TypeArg t in Types)
        {
            foreach (string refKind in s_refKinds)
            {
                if (refKind == "" || selection.Contains(t)) Parameter(t, refKind);
            }
        }
        foreach (TypeArg t in Types_("int", "int[]", "string", "Span<int>", "ReadOnlySpan<char>", "Plain", "Shape", "HandlePublic", "int*", "string[]",
            "System.Collections.Generic.List<int>", "RefOnly", "bool"))
        {
            foreach (string refKind in s_moreRefKinds) Parameter(t, refKind);
        }
    }

    private static void ReturnOnly(Adder add)
    {
        foreach (TypeArg t in Types)
            add("Return", t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial {t.Code} Method();", Decls(t)));
    }

    private static void StringMarshallings(Adder add)
    {
        string[] settings =
        {
            "StringMarshalling = StringMarshalling.Utf8", "StringMarshalling = StringMarshalling.Utf16", "StringMarshalling = StringMarshalling.Custom",
            "StringMarshalling = (StringMarshalling)7", "StringMarshalling = (StringMarshalling)2", "StringMarshalling = StringMarshalling.Utf16, EntryPoint = \"wide\"",
        };
        foreach (TypeArg t in Types_("string", "string?", "char", "string[]", "char[]", "ReadOnlySpan<char>", "Span<string>", "int", "bool", "Shape", "Plain"))
        {
            foreach (string setting in settings)
            {
                add("StringMarshalling", t.Code + "," + setting, InTest(
                    $"[ArenaMarshal({Lib}, {setting})]\npublic static partial {t.Code} Method({t.Code} p);\n" +
                    $"[ArenaMarshal({Lib}, {setting})]\npublic static partial void Method2(in {t.Code} pIn, ref {t.Code} pRef, out {t.Code} pOut);",
                    Decls(t)));
            }
        }
        // The property LibraryImport has and [ArenaMarshal] has not.
        add("StringMarshalling", "CustomType", InTest($"[ArenaMarshal({Lib}, StringMarshallingCustomType = typeof(Utf8Text))]\npublic static partial void Method(string p);", Decls(new[] { "Utf8Text" })));
    }

    private static readonly string[] s_unmanagedTypes =
    {
        "Bool", "VariantBool", "I1", "U1", "I2", "U2", "I4", "I8", "SysInt", "LPWStr", "LPStr", "LPTStr", "LPUTF8Str", "BStr",
        "FunctionPtr", "LPArray", "Interface", "Struct", "AsAny", "CustomMarshaler", "ByValTStr", "(UnmanagedType)1234",
    };

    private static string Unmanaged(string value) => value.StartsWith("(", StringComparison.Ordinal) ? value : "UnmanagedType." + value;

    private static void MarshalAsValues(Adder add)
    {
        foreach (TypeArg t in Types_("bool", "char", "string", "int", "Callback", "string[]", "int[]", "HandlePublic"))
        {
            for (int v = 0; v < s_unmanagedTypes.Length; v++)
            {
                string m = $"MarshalAs({Unmanaged(s_unmanagedTypes[v])})";
                add("MarshalAsByValue", t.Code + "," + s_unmanagedTypes[v], InTest(
                    $"[ArenaMarshal({Lib})]\n[return: {m}]\npublic static {Unsafe(t)}partial {t.Code} Method([{m}] {t.Code} p);", Decls(t)));
                // By reference: for the types whose marshalling MarshalAs can change.
                if (t.Code is not ("bool" or "char" or "string" or "int")) continue;
                add("MarshalAsByRef", t.Code + "," + s_unmanagedTypes[v], InTest(
                    $"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial void Method([{m}] in {t.Code} pIn, [{m}] ref {t.Code} pRef, [{m}] out {t.Code} pOut);", Decls(t)));
            }
        }
        // MarshalAs fields LibraryImport refuses, and values that are not UnmanagedType at all.
        string[] extras =
        {
            "MarshalAs(UnmanagedType.I4, SafeArraySubType = VarEnum.VT_I4)", "MarshalAs(UnmanagedType.U1, IidParameterIndex = 1)",
            "MarshalAs((short)0)", "MarshalAs(UnmanagedType.CustomMarshaler, MarshalType = \"X\", MarshalCookie = \"c\")",
            "MarshalAs(UnmanagedType.LPWStr, SizeConst = 3)", "MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)",
        };
        foreach (string extra in extras)
        {
            foreach (TypeArg t in Types_("bool", "int", "string"))
                add("MarshalAsField", t.Code + "," + extra, InTest($"[ArenaMarshal({Lib})]\n[return: {extra}]\npublic static partial {t.Code} Method([{extra}] {t.Code} p);"));
        }
    }

    private static readonly string[] s_elementTypes =
    {
        "byte", "short", "int", "long", "double", "nint", "char", "bool", "string", "Plain", "Color", "Shape", "int*", "WithBool",
    };

    /// <summary>Arrays with the sizes LibraryImport reads from MarshalAs and MarshalUsing, and with ParamArena's own count.</summary>
    private static void SizedArrays(Adder add)
    {
        foreach (TypeArg e in s_elementTypes.Select(Type))
        {
            string a = e.Code + "[]";
            string u = Unsafe(e);
            string d = Decls(e);
            add("SizedArray", a + ",plain", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method({a} p, int length);", d));
            add("SizedArray", a + ",LPArray", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method([MarshalAs(UnmanagedType.LPArray)] {a} p, int length);", d));
            add("SizedArray", a + ",SizeParamIndex", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method([MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 1)] {a} p, int length);", d));
            add("SizedArray", a + ",SizeConst", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method([MarshalAs(UnmanagedType.LPArray, SizeConst = 8)] {a} p);", d));
            add("SizedArray", a + ",refSized", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method(ref int length, [MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 0)] ref {a} p);", d));
            add("SizedArray", a + ",outSized", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method([MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 1, SizeConst = 2)] out {a} p, out int length);", d));
            add("SizedArray", a + ",return", InTest($"[ArenaMarshal({Lib})]\n[return: MarshalAs(UnmanagedType.LPArray, SizeConst = 10)]\npublic static {u}partial {a} Method();", d));
            add("SizedArray", a + ",CountElementName", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method(int length, [MarshalUsing(CountElementName = \"length\")] {a} p);", d));
            add("SizedArray", a + ",ConstantElementCount", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial void Method([MarshalUsing(ConstantElementCount = 4)] out {a} p);", d));
            add("SizedArray", a + ",ArenaCountParameter", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial int Method([ArenaCountParameter(1)] {a} p);", d));
            add("SizedArray", a + ",ArenaCountParameterSpan", InTest($"[ArenaMarshal({Lib})]\npublic static {u}partial int Method([ArenaCountParameter(0, CountType = typeof(nuint), InBytes = true)] ReadOnlySpan<{e.Code}> p);", d));
            add("SizedArray", a + ",all", InTest(
                $"[ArenaMarshal({Lib})]\n[return: MarshalAs(UnmanagedType.LPArray, SizeConst = 10)]\n" +
                $"public static {u}partial {a} Method({a} p, in {a} pIn, int refLength, [MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 2)] ref {a} pRef, " +
                $"[MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 5, SizeConst = 4)] out {a} pOut, out int outLength);", d));
        }
        // Count cycles and impossible counts.
        add("SizedArray", "selfCounted", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalUsing(CountElementName = \"p\")] ref int[] p);"));
        add("SizedArray", "mutualSizeParamIndex", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 1)] ref int[] a, [MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 0)] ref int[] b);"));
        add("SizedArray", "nullCountName", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method(int n, [MarshalUsing(CountElementName = null)] int[] p);"));
        add("SizedArray", "returnsCount", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([MarshalUsing(CountElementName = MarshalUsingAttribute.ReturnsCountValue)] out int[] p);"));
        add("SizedArray", "nested", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalUsing(CountElementName = \"n\", ElementIndirectionDepth = 1)] ref int[][] p, int n);"));
    }

    private static void ArraySubTypes(Adder add)
    {
        foreach (string element in new[] { "string", "string?", "int", "bool", "char", "Plain" })
        {
            foreach (string sub in new[] { "LPWStr", "LPUTF8Str", "LPStr", "BStr", "I4", "U1", "Bool", "(UnmanagedType)999" })
            {
                add("ArraySubType", element + "," + sub, InTest(
                    $"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalAs(UnmanagedType.LPArray, ArraySubType = {Unmanaged(sub)})] {element}[] p);",
                    element == "Plain" ? Decls(new[] { "Plain" }) : ""));
            }
        }
    }

    private static void InOutAttributes(Adder add)
    {
        foreach (TypeArg t in Types_("int", "int[]", "byte[]", "string", "string[]", "char[]", "bool[]", "Plain[]", "Shape[]", "Shape", "Span<int>",
            "ReadOnlySpan<byte>", "HandlePublic", "WithBool[]", "Plain", "int*", "bool", "char", "Color[]", "object[]", "System.Text.StringBuilder"))
        {
            foreach (string attributes in new[] { "In", "Out", "In, Out", "In][Out" })
            {
                add("InOut", t.Code + "," + attributes, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial void Method([{attributes}] {t.Code} p);", Decls(t)));
            }
            add("InOut", t.Code + ",OutOnRef", InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial void Method([Out] ref {t.Code} p);", Decls(t)));
            add("InOut", t.Code + ",InOnOut", InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial void Method([In] out {t.Code} p);", Decls(t)));
        }
    }

    private static void MarshalUsings(Adder add)
    {
        (string Type, string Marshaller, string[] Needs)[] pairs =
        {
            ("int", "IntAsLong", new[] { "IntAsLong" }),
            ("string", "Utf8Text", new[] { "Utf8Text" }),
            ("string", "Utf8StringMarshaller", Array.Empty<string>()),
            ("string", "Utf16StringMarshaller", Array.Empty<string>()),
            ("ReadOnlySpan<char>", "Utf8StringMarshaller", Array.Empty<string>()),
            ("bool", "IntAsLong", new[] { "IntAsLong" }),
            ("int[]", "ArrayMarshaller<int, int>", Array.Empty<string>()),
            ("Span<int>", "SpanMarshaller<int, int>", Array.Empty<string>()),
            ("HandlePublic", "SafeHandleMarshaller<HandlePublic>", new[] { "HandlePublic" }),
            ("Plain", "IntAsLong", new[] { "IntAsLong", "Plain" }),
            ("int", "Missing", Array.Empty<string>()),
        };
        foreach ((string type, string marshaller, string[] needs) in pairs)
        {
            string m = $"MarshalUsing(typeof({marshaller}))";
            TypeArg t = Type(type);
            string d = Decls(needs.Concat(t.Needs));
            add("MarshalUsing", type + "," + marshaller + ",byValue", InTest($"[ArenaMarshal({Lib})]\n[return: {m}]\npublic static partial {type} Method([{m}] {type} p);", d));
            add("MarshalUsing", type + "," + marshaller + ",byRef", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([{m}] in {type} pIn, [{m}] ref {type} pRef, [{m}] out {type} pOut);", d));
            add("MarshalUsing", type + "," + marshaller + ",element", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalUsing(typeof({marshaller}), ElementIndirectionDepth = 1)] {type}[] p);", d));
        }
        add("MarshalUsing", "countOnly", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalUsing(ConstantElementCount = 3)] int[] p);"));
        add("MarshalUsing", "twice", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method([MarshalUsing(typeof(IntAsLong))][MarshalUsing(typeof(IntAsLong))] int p);", Decls(new[] { "IntAsLong" })));
        add("MarshalUsing", "withMarshalAs", InTest($"[ArenaMarshal({Lib})]\n[return: MarshalUsing(ConstantElementCount = 10)]\n[return: MarshalAs(UnmanagedType.LPArray, SizeConst = 10)]\npublic static partial int[] Method();"));
        add("MarshalUsing", "nativeMarshallingType", InTest($"[ArenaMarshal({Lib})]\npublic static partial void Method(Marked p);",
            "\n    [NativeMarshalling(typeof(MarkedMarshaller))] public struct Marked { public string? S; }\n" +
            "    [CustomMarshaller(typeof(Marked), MarshalMode.Default, typeof(MarkedMarshaller))] public static class MarkedMarshaller { public static nint ConvertToUnmanaged(Marked m) => 0; public static Marked ConvertToManaged(nint n) => default; }"));
    }

    private static void SetLastErrors(Adder add)
    {
        foreach (TypeArg t in Types_("int", "uint", "nint", "bool", "char", "string", "int[]", "Span<byte>", "Shape", "HandlePublic", "int*", "Plain", "void", "long",
            "Color", "string[]", "SafeHandle"))
        {
            foreach (string value in new[] { "true", "false", "!false" })
            {
                string ret = t.Code == "void" ? "void" : t.Code;
                string parameter = t.Code == "void" ? "" : t.Code + " p";
                add("SetLastError", t.Code + "," + value, InTest($"[ArenaMarshal({Lib}, SetLastError = {value})]\npublic static {Unsafe(t)}partial {ret} Method({parameter});", Decls(t)));
            }
        }
    }

    private static void ImportTargets(Adder add)
    {
        string[] libraries =
        {
            "\"corpuslib\"", "\"\"", "null", "\"a\\0b\"", "nameof(Test)", "LibraryName", "LibraryName + \".so.1\"", "$\"{LibraryName}.dll\"", "\"libé\"",
            "\"" + new string('l', 300) + "\"", "\"lib with spaces\"", "\"../relative/lib\"", "\"\\\\\\\\server\\\\share\\\\x.dll\"", "\"\\\"quoted\\\"\"",
        };
        string[] entryPoints = { "", ", EntryPoint = \"Entry\"", ", EntryPoint = \"\"", ", EntryPoint = null", ", EntryPoint = \"\\0\"", ", EntryPoint = EntryName + \"W\"",
            ", EntryPoint = \"#12\"", ", EntryPoint = \"名前\"", ", EntryPoint = \"with\\nnewline\"" };
        string constants = "private const string LibraryName = \"constlib\";\nprivate const string EntryName = nameof(EntryName);\n";
        // Every library name with the default entry point and with a bad one; every entry point with a good library and a bad one.
        for (int l = 0; l < libraries.Length; l++)
        {
            for (int e = 0; e < entryPoints.Length; e++)
            {
                if (l > 1 && e > 2) continue;
                add("ImportTarget", l + "," + e, InTest(constants + $"[ArenaMarshal({libraries[l]}{entryPoints[e]})]\npublic static partial int Method(int p);"));
            }
        }
    }

    /// <summary>The method in every kind of containing type, partial or not, nested or generic.</summary>
    private static void Containers(Adder add)
    {
        string Method(string t = "int") => $"[ArenaMarshal({Lib})] public static partial {t} Method({t} p);";
        (string Name, string Open, string Close)[] containers =
        {
            ("class", "partial class Test {", "}"),
            ("struct", "partial struct Test {", "}"),
            ("record", "partial record Test {", "}"),
            ("recordClass", "partial record class Test(int X) {", "}"),
            ("recordStruct", "partial record struct Test {", "}"),
            ("readonlyStruct", "readonly partial struct Test {", "}"),
            ("refStruct", "ref partial struct Test {", "}"),
            ("staticClass", "static partial class Test {", "}"),
            ("sealedClass", "public sealed partial class Test {", "}"),
            ("abstractClass", "internal abstract partial class Test {", "}"),
            ("unsafeClass", "unsafe partial class Test {", "}"),
            ("interface", "partial interface ITest {", "}"),
            ("classInClass", "partial class Outer { partial class Test {", "} }"),
            ("structInStruct", "partial struct Outer { partial struct Test {", "} }"),
            ("structInClass", "partial class Outer { private partial struct Test {", "} }"),
            ("classInStruct", "partial struct Outer { protected internal partial class Test {", "} }"),
            ("recordInRecord", "partial record Outer { partial record struct Test {", "} }"),
            ("threeLevels", "partial class A { partial struct B { partial class C {", "} } }"),
            ("nonPartialClass", "class Test {", "}"),
            ("nonPartialStruct", "struct Test {", "}"),
            ("nonPartialRecord", "record Test {", "}"),
            ("nonPartialParent", "class Outer { partial class Test {", "} }"),
            ("nonPartialGrandparent", "struct A { partial class B { partial class Test {", "} } }"),
            ("nonPartialMiddle", "partial class A { class B { partial class Test {", "} } }"),
            ("genericClass", "partial class Test<T> {", "}"),
            ("genericParent", "partial class Outer<T> where T : struct { partial class Test {", "} }"),
            ("genericStruct2", "partial struct Test<TKey, TValue> {", "}"),
            ("fileClass", "file partial class Test {", "}"),
            ("fileParent", "file partial class Outer { partial class Test {", "} }"),
            ("nestedNamespace", "namespace Inner.Deeper { partial class Test {", "} }"),
            ("keywordNamespace", "namespace @class.@struct { partial class Test {", "} }"),
            ("namelessNamespace", "namespace namespace Inner { partial class Test {", "} }"),
            ("keywordNested", "partial class @namespace { partial struct @int<@bool> {", "} }"),
            ("twoNamespaces", "namespace Inner { partial class Test {", "} } namespace Inner { partial class Test { public static int Other() => 0; } }"),
            ("keywordName", "partial class @class {", "}"),
            ("unicodeName", "partial class Tést {", "}"),
            ("underscoreName", "partial class Test_X_ {", "} partial class Test<X> { }"),
            ("longName", "partial class " + new string('N', 200) + " {", "}"),
            ("enum", "enum Test {", "}"),
            ("delegateParent", "delegate void Test();", ""),
            ("twoParts", "partial class Test { [ArenaMarshal(" + Lib + ")] public static partial void First(); }\npartial class Test {", "}"),
        };
        foreach ((string name, string open, string close) in containers)
        {
            add("Container", name + ",int", open + "\n    " + Method() + "\n" + close);
            add("Container", name + ",string", open + "\n    " + Method("string") + "\n" + close);
        }
    }

    /// <summary>Method forms: only static partial without a body may be implemented.</summary>
    private static void MethodForms(Adder add)
    {
        string[] forms =
        {
            "public static partial int Method(int p);",
            "public partial int Method(int p);",
            "public static int Method(int p) => p;",
            "public static int Method(int p) { return p; }",
            "public static extern int Method(int p);",
            "public static partial int Method(int p) => p;",
            "public static partial T Method<T>(T p);",
            "public static partial void Method<T>();",
            "public static partial void Method<T, U>(T t, U u);",
            "public static partial int Method<T>(int p) where T : unmanaged;",
            "public static partial int Method<T>(T* p) where T : unmanaged;",
            "public virtual partial int Method(int p);",
            "public static async partial System.Threading.Tasks.Task Method(int p);",
            "public static new partial int Method(int p);",
            "private static partial int Method(int p);",
            "internal static partial int Method(int p);",
            "protected static partial int Method(int p);",
            "private protected static partial int Method(int p);",
            "protected internal static partial int Method(int p);",
            "static partial int Method(int p);",
            "static partial void Method(int p);",
            "public static unsafe partial int* Method(int* p);",
            "public static partial int* Method(int* p);",
            "public static partial int Method(int p);\npublic static partial int Method(int p);",
            "public static partial int Method(int p);\npublic static partial int Method(int p) => p;",
            "public static partial int Method(int p);\n[ArenaMarshal(\"other\")]\npublic static partial int Method(int p) => p;",
            "public static partial int Method(int p);\npublic static partial int Method(ref int p);\npublic static partial int Method(in int p);\npublic static partial int Method(out int p);",
            "public static partial int Method(int p);\npublic static partial int Method(long p);\npublic static partial int Method();",
            "public static partial int Method(int p);\npublic static partial int Method<T>(int p);",
            "public static partial int Method(int p);\npublic static int Method(int p, int q) => p;",
            "public static partial int Method(int p, __arglist);",
            "public static partial int Method(this int p);",
            "public static partial dynamic Method(int p);",
            "public static partial int Method(int p, int p);",
            "public static partial int Method(int);",
            "public static partial int (int p);",
            "public static partial Method(int p);",
            "public static partial int Method(int p)",
            "public abstract partial int Method(int p);",
            "public static partial int Method(int p) where T : struct;",
            "public static partial int Method([Dummy] int p);",
            "public static partial int Method(System.Int32 @int);",
            "public static partial int Method(int p, int q, int r, int s, int t, int u, int v, int w, int x, int y, int z, int a, int b, int c, int d, int e);",
            "public static partial global::System.Int32 Method(global::System.Int32 p);",
            "public static partial int Method(int p);\npublic static int Call() => Method(1);",
            "public static partial ref int Method();",
            "public static partial void Method(ref readonly int p);",
            "public static partial void Method(scoped ref int p);",
            "public static partial ReadOnlySpan<byte> Method();",
            "public static partial string Method(string p);",
        };
        for (int i = 0; i < forms.Length; i++)
        {
            string members = string.Join("\n", forms[i].Split('\n').Select(f => $"[ArenaMarshal({Lib})]\n" + f));
            add("MethodForm", i.ToString(), InTest(members, Decls(new[] { "Dummy" })));
        }
        // Declarations whose generated file names would differ only in case (Roslyn compares hint names ignoring case).
        string m = $"[ArenaMarshal({Lib})] public static partial int";
        add("CaseTwins", "methods", InTest($"{m} Method(int p);\n{m} method(int p);"));
        add("CaseTwins", "types", $"    partial class Test {{ {m} Method(int p); }}\n    partial class test {{ {m} Method(int p); }}");
        add("CaseTwins", "namespaces", $"    namespace Inner {{ partial class Test {{ {m} Method(int p); }} }}\n    namespace inner {{ partial class Test {{ {m} Method(int p); }} }}");
        add("CaseTwins", "parameterTypes", InTest($"{m} Method(Item p);\n{m} Method(item p);") + "\n    public struct Item { public int X; }\n    public struct item { public long Y; }");
        add("CaseTwins", "shapes", InTest($"{m} Method(Shape p, shape q);") + "\n    [ArenaStruct] public partial struct Shape { public int X; }\n    [ArenaStruct] public partial struct shape { public string? Y; }");
        add("Duplicates", "typeTwice", $"    partial class Test {{ {m} Method(int p); }}\n    class Test {{ {m} Method(int p); }}");
        add("Duplicates", "classAndStruct", $"    partial class Test {{ {m} Method(int p); }}\n    partial struct Test {{ {m} Other(int p); }}");
        add("Duplicates", "sameMethodTwoParts", $"    partial class Test {{ {m} Method(int p); }}\n    partial class Test {{ {m} Method(int p); }}");
        add("Duplicates", "sameMethodOtherReturn", $"    partial class Test {{ {m} Method(int p); }}\n    partial class Test {{ [ArenaMarshal({Lib})] public static partial long Method(int p); }}");
        add("Duplicates", "namespaceAndType", $"    namespace Outer {{ partial class Inner {{ {m} Method(int p); }} }}\n    partial class Outer {{ partial class Inner {{ {m} Method(int p); }} }}");
        add("CaseTwins", "refused", InTest($"{m} Method(object p);\n{m} method(object p);"));

        // The attribute on the implementing part of a user-written partial pair, and on the defining part with a user implementation.
        add("MethodForm", "attributeOnImplementation", InTest($"public static partial int Method(int p);\n[ArenaMarshal({Lib})]\npublic static partial int Method(int p) => p;"));
        add("MethodForm", "userImplementation", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(int p);\npublic static partial int Method(int p) => p;"));
        add("MethodForm", "userImplementationOtherPart", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(int p);") + "\n    partial class Test { public static partial int Method(int p) => p; }");
        add("MethodForm", "extensionInStaticClass", $"    static partial class Ext\n    {{\n        [ArenaMarshal({Lib})]\n        public static partial int Method(this int p, string s);\n    }}");
        add("MethodForm", "extensionInNestedStaticClass", $"    partial class Outer {{ static partial class Ext {{ [ArenaMarshal({Lib})] public static partial int Method(this int p); }} }}");
        add("MethodForm", "extensionInGenericStaticClass", $"    static partial class Ext<T> {{ [ArenaMarshal({Lib})] public static partial int Method(this int p); }}");
        add("MethodForm", "arglistOnly", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(__arglist);"));
        add("MethodForm", "localFunction", InTest($"public static void Host() {{ [ArenaMarshal({Lib})] static extern int Method(int p); }}"));
        add("MethodForm", "localFunctionWithBody", InTest($"public static void Host() {{ [ArenaMarshal({Lib})] static int Method(int p) => p; }}"));
        add("MethodForm", "accessor", InTest($"public static int Property {{ [ArenaMarshal({Lib})] get => 0; }}"));
        add("MethodForm", "eventAccessor", InTest($"public static event Action? Changed {{ [ArenaMarshal({Lib})] add {{ }} remove {{ }} }}"));
        add("MethodForm", "operatorWithBody", InTest($"[ArenaMarshal({Lib})]\npublic static Test operator +(Test a, Test b) => a;"));
        add("MethodForm", "conversion", InTest($"[ArenaMarshal({Lib})]\npublic static explicit operator int(Test t) => 0;"));
        add("MethodForm", "finalizer", InTest($"[ArenaMarshal({Lib})]\n~Test() {{ }}"));
        add("MethodForm", "lambda", InTest($"public static Func<int, int> F = [ArenaMarshal({Lib})] static (int p) => p;"));
        add("MethodForm", "onProperty", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Property {{ get; }}"));
        add("MethodForm", "onConstructor", InTest($"[ArenaMarshal({Lib})]\npublic Test() {{ }}"));
        add("MethodForm", "onClass", $"[ArenaMarshal({Lib})]\n    partial class Test {{ public static partial int Method(int p); }}");
        add("MethodForm", "onDelegate", $"[ArenaMarshal({Lib})]\n    public delegate int Test(int p);");
        add("MethodForm", "operator", InTest($"[ArenaMarshal({Lib})]\npublic static partial Test operator +(Test a, Test b);"));
    }

    private static void Defaults(Adder add)
    {
        (string Type, string Value)[] defaults =
        {
            ("int", "0"), ("int", "-1"), ("uint", "uint.MaxValue"), ("long", "1L << 40"), ("double", "double.NaN"), ("float", "1.5f"), ("nint", "0"),
            ("bool", "true"), ("bool", "false"), ("char", "'x'"), ("char", "'\\0'"), ("string", "\"text\""), ("string?", "null"), ("string", "\"\\\"q\\\"\""),
            ("int[]?", "null"), ("Color", "Color.Green"), ("Color", "(Color)7"), ("Plain", "default"), ("Shape", "default"), ("Span<int>", "default"),
            ("int*", "null"), ("HandlePublic?", "null"), ("decimal", "1.5m"), ("int?", "null"), ("int?", "3"), ("string", "nameof(Test)"),
            ("int", "\"no\""), ("byte", "300"), ("System.DateTime", "default"),
        };
        foreach ((string type, string value) in defaults)
        {
            TypeArg t = Type(type.TrimEnd('?'));
            add("Default", type + "=" + value, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial void Method(int first, {type} p = {value});", Decls(t)));
        }
        string[] paramsForms =
        {
            "params int[] values", "params ReadOnlySpan<int> values", "params Span<int> values", "params string[] values", "params int values",
            "params System.Collections.Generic.List<int> values", "params Plain[] values", "params Shape[] values", "params ReadOnlySpan<string> values",
            "params int[] values, int after", "int before, params object[] values",
        };
        foreach (string form in paramsForms)
            add("Params", form, InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method({form});", Decls(new[] { "Plain", "Shape" })));
    }

    private static void ParameterNames(Adder add)
    {
        string[] names = { "p", "@class", "@int", "value", "__lease", "__x", "_x", "__retVal", "x__y", "αβγ", "@event", "__PInvoke", "__", "_", "p_count", "lease", "retVal", "@__lease" };
        foreach (string name in names)
        {
            foreach (string type in new[] { "int", "string", "int[]", "Shape" })
            {
                add("ParameterName", type + " " + name, InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method({type} {name});", type == "Shape" ? Decls(new[] { "Shape" }) : ""));
            }
        }
        // Names the stub's locals derive from another parameter's name.
        add("ParameterName", "countCollision", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(1)] int[] p, int pCount);"));
        add("ParameterName", "nativeCollision", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(string p, string p_native);"));
        add("ParameterName", "sameAfterAt", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(string @a, string a);"));
        add("ParameterName", "methodNamedLikeLocal", InTest($"[ArenaMarshal({Lib})]\npublic static partial int __PInvoke(int p);"));
        add("ParameterName", "methodNamedMarshal", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Marshal(string p);"));
        add("ParameterName", "typeNamedArenaLease", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(string p);") + "\n    public class ArenaLease { }\n    public class ArenaStaging { }");
        add("ParameterName", "typeNamedSystem", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(string p, int[] q);") + "\n    public class System { }");
        add("ParameterName", "typeNamedParamArena", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method(string p, int[] q);") + "\n    public class ParamArena { }");
    }

    private static void ForwardedAttributes(Adder add)
    {
        string[] attributes =
        {
            "[SuppressGCTransition]", "[UnmanagedCallConv]", "[UnmanagedCallConv(CallConvs = new[] { typeof(System.Runtime.CompilerServices.CallConvCdecl) })]",
            "[UnmanagedCallConv(CallConvs = new[] { typeof(System.Runtime.CompilerServices.CallConvStdcall), typeof(System.Runtime.CompilerServices.CallConvSuppressGCTransition) })]",
            "[UnmanagedCallConv(CallConvs = new Type[0])]", "[UnmanagedCallConv(CallConvs = null)]", "[SuppressGCTransition, UnmanagedCallConv]",
            "[LCIDConversion(0)]", "[DefaultDllImportSearchPaths(DllImportSearchPath.System32)]", "[Obsolete(\"old\")]",
            "[System.Runtime.CompilerServices.SkipLocalsInit]", "[Dummy]", "[Dummy(\"text\")]", "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"a\", \"b\")]",
            "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]", "[PreserveSig]",
            "[UnmanagedCallersOnly]", "[return: Dummy]", "[System.Diagnostics.Conditional(\"DEBUG\")]", "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]",
            "[LibraryImport(\"corpuslib\")]", "[DllImport(\"corpuslib\")]", "[LibraryImport(\"corpuslib\"), DllImport(\"corpuslib\")]",
        };
        foreach (string attribute in attributes)
        {
            string d = Decls(new[] { "Dummy" });
            add("Attribute", attribute + ",void", InTest($"{attribute}\n[ArenaMarshal({Lib})]\npublic static partial void Method();", d));
            add("Attribute", attribute + ",string", InTest($"[ArenaMarshal({Lib})]\n{attribute}\npublic static partial int Method(string p, int[] q);", d));
        }
    }

    private static void CountParameters(Adder add)
    {
        string[] sequences = { "int[]", "Span<int>", "ReadOnlySpan<byte>", "string[]", "Plain[]", "Shape[]", "int", "int[]?", "ReadOnlySpan<char>", "bool[]" };
        string[] indexes = { "1", "2", "-1" };
        string[] options = { "", ", CountType = typeof(nuint), InBytes = true", ", CountType = typeof(string)", ", CountType = null" };
        foreach (string sequence in sequences)
        {
            foreach (string index in indexes)
            {
                foreach (string option in options)
                {
                    add("CountParameter", sequence + "," + index + option, InTest(
                        $"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter({index}{option})] {sequence} p, int after);", Decls(new[] { "Plain", "Shape" })));
                }
            }
            add("CountParameter", sequence + ",ref", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(1)] ref {sequence} p);", Decls(new[] { "Plain", "Shape" })));
            add("CountParameter", sequence + ",out", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(1)] out {sequence} p);", Decls(new[] { "Plain", "Shape" })));
        }
        add("CountParameter", "samePosition", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(2)] int[] a, [ArenaCountParameter(2)] int[] b);"));
        add("CountParameter", "crossed", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(3)] int[] a, [ArenaCountParameter(1)] int[] b);"));
        add("CountParameter", "firstAndLast", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(0)] int[] a, [ArenaCountParameter(3)] string[] b);"));
        add("CountParameter", "nonConstant", InTest($"static int s = 1;\n[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(s)] int[] a);"));
        add("CountParameter", "onReturn", InTest($"[ArenaMarshal({Lib})]\n[return: ArenaCountParameter(0)]\npublic static partial int Method(int[] a);"));
        // Found by the mutation test: a doubled '>' leaves two parameters without names.
        add("CountParameter", "namelessParameters", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(0, CountType = typeof(nuint))] ReadOnlySpan<Shape> > p);", Decls(new[] { "Shape" })));
        add("CountParameter", "twice", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Method([ArenaCountParameter(0), ArenaCountParameter(1)] int[] a);"));
    }

    private static void RefReturns(Adder add)
    {
        foreach (TypeArg t in Types_("int", "byte", "nint", "bool", "char", "string", "Plain", "Shape", "int*", "int[]", "Span<int>", "HandlePublic", "Color", "RefOnly", "object"))
        {
            add("RefReturn", "ref " + t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial ref {t.Code} Method();", Decls(t)));
            add("RefReturn", "ref readonly " + t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial ref readonly {t.Code} Method(int p);", Decls(t)));
        }
    }

    private static void Preprocessor(Adder add)
    {
        string method = $"[ArenaMarshal({Lib})]\npublic static partial int Method(int p, in int pIn, out int pOut);";
        add("Preprocessor", "ifUndefinedAround", InTest("#if CORPUS_UNDEFINED\n" + method + "\n#endif"));
        add("Preprocessor", "ifNotAround", InTest("#if !CORPUS_UNDEFINED\n" + method + "\n#endif"));
        add("Preprocessor", "ifAfterAttribute", InTest($"[ArenaMarshal({Lib})]\n#if CORPUS_UNDEFINED\npublic static partial int Method(int p);\n#else\npublic static partial int Method2(int p);\n#endif"));
        add("Preprocessor", "ifAfterAttributeWithFollower", InTest($"[ArenaMarshal({Lib})]\n#if !CORPUS_UNDEFINED\npublic static partial int Method(int p);\n#else\npublic static partial int Method2(int p);\n#endif\npublic static int Follower() => 0;"));
        add("Preprocessor", "region", InTest("#region interop\n" + method + "\n#endregion"));
        add("Preprocessor", "pragma", InTest("#pragma warning disable CS0618\n" + method + "\n#pragma warning restore CS0618"));
        add("Preprocessor", "nullableDisable", InTest("#nullable disable\n" + $"[ArenaMarshal({Lib})]\npublic static partial string Method(string p, string[] q);" + "\n#nullable restore"));
        add("Preprocessor", "nullableAnnotationsOnly", InTest("#nullable enable annotations\n" + $"[ArenaMarshal({Lib})]\npublic static partial string? Method(string? p, string?[]? q);" + "\n#nullable restore"));
        add("Preprocessor", "lineDirective", InTest("#line 9000 \"elsewhere.cs\"\n" + method + "\n#line default"));
        add("Preprocessor", "lineHidden", InTest("#line hidden\n" + method + "\n#line default"));
        add("Preprocessor", "commentsEverywhere", InTest($"/* a */ [ /* b */ ArenaMarshal( /* c */ {Lib} /* d */ ) /* e */ ]\n/// <summary>doc</summary>\npublic /* f */ static /* g */ partial int /* h */ Method( /* i */ int /* j */ p /* k */ );"));
    }

    /// <summary>Spellings of the attribute, and attribute arguments the compiler rejects.</summary>
    private static void AttributeSpellings(Adder add)
    {
        string[] attributes =
        {
            "ArenaMarshalAttribute(\"corpuslib\")", "ParamArena.ArenaMarshal(\"corpuslib\")", "global::ParamArena.ArenaMarshalAttribute(\"corpuslib\")",
            "ArenaMarshal(libraryName: \"corpuslib\")", "ArenaMarshal(\"corpuslib\", EntryPoint = nameof(Method))",
            "ArenaMarshal(\"corpuslib\", SetLa)", "ArenaMarshal(DoesNotExist)", "ArenaMarshal(\"corpuslib\", SetLastError = \"Foo\")", "ArenaMarshal(\"a\", \"b\")",
            "ArenaMarshal(1)", "ArenaMarshal(\"corpuslib\", StringMarshalling = 2)", "ArenaMarshal(\"corpuslib\", Missing = 1)", "ArenaMarshal()",
            "ArenaMarshal(\"corpuslib\", EntryPoint = 3)", "ArenaMarshal(\"corpuslib\", CharSet = CharSet.Unicode)", "ArenaMarshal(\"corpuslib\",)", "ArenaMarshal(\"corpuslib\"",
            "ArenaMarshal(\"corpuslib\")][ArenaMarshal(\"corpuslib\")", "ArenaMarshal(\"corpuslib\"), ArenaMarshal(\"other\")",
            "ArenaMarshal(typeof(int))", "ArenaMarshal(default)", "ArenaMarshal(null!)", "ArenaMarshal((string)null)",
        };
        for (int i = 0; i < attributes.Length; i++)
            add("AttributeSpelling", i.ToString(), InTest($"[{attributes[i]}]\npublic static partial int Method(int p, string s);"));

        add("AttributeSpelling", "alias", "    partial class Test\n    {\n        [AM(\"corpuslib\")] public static partial int Method(int p);\n    }\n    " +
            "internal sealed class AMAttribute : Attribute { public AMAttribute(string s) { } }", foreign: true);
        // Attributes that only look like ours: the generator must not touch the method.
        add("AttributeSpelling", "lookalike", InTest("[ArenaMarshal(\"corpuslib\")]\npublic static partial int Method(int p);") +
            "\n    internal sealed class ArenaMarshalAttribute : Attribute { public ArenaMarshalAttribute(string s) { } }", foreign: true);
        add("AttributeSpelling", "prefixed", InTest("[PrefixArenaMarshal(\"corpuslib\")]\npublic static partial int Method(int p);") +
            "\n    internal sealed class PrefixArenaMarshalAttribute : Attribute { public PrefixArenaMarshalAttribute(string s) { } }", foreign: true);
    }

    /// <summary>[ArenaStruct] shapes with one field of each type, passed in every way a shape may be passed.</summary>
    private static void ShapeFields(Adder add)
    {
        string[] fieldTypes =
        {
            "int", "bool", "char", "string", "string?", "int[]", "int[]?", "string[]", "string?[]?", "Plain", "Plain[]", "Inner", "Inner?", "Inner[]", "Inner?[]",
            "int*", "void*", "delegate* unmanaged<int, void>", "Color", "nint", "object", "Klass", "Span<int>", "SafeHandle", "decimal", "System.Int128",
            "Generic<int>", "WithBool", "Shape", "Shape?", "Self?", "Self[]", "Callback", "LooseShape", "bool[]", "char[]", "RecPair", "(int, int)", "int[,]", "Missing",
        };
        foreach (string fieldType in fieldTypes)
        {
            string shape = $"[ArenaStruct]\n    public unsafe partial struct Self\n    {{\n        public {fieldType} Field;\n        public int Tail;\n    }}\n" +
                "    [ArenaStruct] public partial struct Inner { public int X; public string? Label; }";
            string members = $"[ArenaMarshal({Lib})]\npublic static partial int Method(Self value, in Self byIn, Self[] array, ReadOnlySpan<Self> span, Self? optional);";
            // Only the declarations the field needs: a refused one (LooseShape) would refuse every case.
            string[] needs = new[] { "Plain", "Color", "Klass", "Generic", "WithBool", "Shape", "Callback", "LooseShape", "RecPair" }
                .Where(n => fieldType.Contains(n, StringComparison.Ordinal)).ToArray();
            add("ShapeField", fieldType, InTest(members, "\n    " + shape + Decls(needs)));
        }
        (string Name, string Declaration)[] shapes =
        {
            ("notPartial", "[ArenaStruct] public struct Self { public int X; }"),
            ("generic", "[ArenaStruct] public partial struct Self<T> { public int X; }"),
            ("refStruct", "[ArenaStruct] public ref partial struct Self { public int X; }"),
            ("readonly", "[ArenaStruct] public readonly partial struct Self { public readonly int X; }"),
            ("recordStruct", "[ArenaStruct] public partial record struct Self(int X, string? Name);"),
            ("nativeMember", "[ArenaStruct] public partial struct Self { public int Native; }"),
            ("stageMember", "[ArenaStruct] public partial struct Self { public int Stage() => 0; }"),
            ("counted", "[ArenaStruct] public partial struct Self { [ArenaCount(\"Count\")] public int[]? Items; }"),
            ("countedBadName", "[ArenaStruct] public partial struct Self { [ArenaCount(\"1x\")] public int[]? Items; }"),
            ("countedNull", "[ArenaStruct] public partial struct Self { [ArenaCount(null!)] public int[]? Items; }"),
            ("countedDeclared", "[ArenaStruct] public partial struct Self { public uint Count; [ArenaCount(\"Count\")] public int[]? Items; }"),
            ("countedDeclaredWrongType", "[ArenaStruct] public partial struct Self { public string Count; [ArenaCount(\"Count\")] public int[]? Items; }"),
            ("sharedCountMismatch", "[ArenaStruct] public partial struct Self { [ArenaCount(\"N\")] public int[]? A; [ArenaCount(\"N\", CountType = typeof(ulong))] public int[]? B; }"),
            ("countOnScalar", "[ArenaStruct] public partial struct Self { [ArenaCount(\"N\")] public int A; }"),
            ("fixedBuffer", "[ArenaStruct] public unsafe partial struct Self { public fixed byte Data[8]; }"),
            ("staticAndConst", "[ArenaStruct] public partial struct Self { public static int S; public const int C = 1; public int X; }"),
            ("properties", "[ArenaStruct] public partial struct Self { public int X { get; set; } public string? Y { get; set; } }"),
            ("utf16", "[ArenaStruct(StringMarshalling = StringMarshalling.Utf16)] public partial struct Self { public string? Name; }"),
            ("marshalAsBool", "[ArenaStruct] public partial struct Self { [MarshalAs(UnmanagedType.U1)] public bool Flag; [MarshalAs(UnmanagedType.LPWStr)] public string? Name; }"),
            ("marshalAsBad", "[ArenaStruct] public partial struct Self { [MarshalAs(UnmanagedType.BStr)] public string? Name; }"),
            ("int128", "[ArenaStruct] public partial struct Self { public byte B; public System.Int128 Wide; }"),
            ("empty", "[ArenaStruct] public partial struct Self { }"),
            ("cycle", "[ArenaStruct] public partial struct Self { public Other[]? Others; }\n    [ArenaStruct] public partial struct Other { public Self[]? Selves; }"),
            ("nestedInClass", "public partial class Holder { [ArenaStruct] public partial struct Self { public int X; } }"),
            ("nestedInGeneric", "public partial class Holder<T> { [ArenaStruct] public partial struct Self { public int X; } }"),
            ("fileLocal", "[ArenaStruct] file partial struct Self { public int X; }"),
            ("explicitLayout", "[ArenaStruct, StructLayout(LayoutKind.Explicit)] public partial struct Self { [FieldOffset(0)] public int X; [FieldOffset(0)] public string? Y; }"),
            ("twoParts", "[ArenaStruct] public partial struct Self { public int X; }\n    public partial struct Self { public string? Y; }"),
            ("twoAttributes", "[ArenaStruct][ArenaStruct] public partial struct Self { public int X; }"),
            ("attributeOnBothParts", "[ArenaStruct] public partial struct Self { public int X; }\n    [ArenaStruct] public partial struct Self { public string? Y; }"),
            ("attributeOnBothPartsUtf16", "[ArenaStruct] public partial struct Self { public int X; }\n    [ArenaStruct(StringMarshalling = StringMarshalling.Utf16)] public partial struct Self { public string? Y; }"),
            ("duplicateType", "[ArenaStruct] public partial struct Self { public int X; }\n    [ArenaStruct] public struct Self { public int X; }"),
            ("classAndStruct", "[ArenaStruct] public partial struct Self { public int X; }\n    public partial class Self { }"),
            ("onClass", "[ArenaStruct] public partial class Self { public int X; }"),
            ("fixedLength", "[ArenaStruct] public partial struct Self { [ArenaFixedLength(16)] public string? Name; [ArenaFixedLength(4)] public float[]? Color; [ArenaFixedLength(4)] public char[] Letters; public int X; }"),
            ("fixedLengthUtf16", "[ArenaStruct(StringMarshalling = StringMarshalling.Utf16)] public partial struct Self { [ArenaFixedLength(8)] public string Name; [ArenaFixedLength(2)] public ulong[]? Ids; }"),
            ("fixedLengthZero", "[ArenaStruct] public partial struct Self { [ArenaFixedLength(0)] public string? Name; }"),
            ("fixedLengthOnInt", "[ArenaStruct] public partial struct Self { [ArenaFixedLength(4)] public int X; }"),
            ("fixedLengthOfStrings", "[ArenaStruct] public partial struct Self { [ArenaFixedLength(4)] public string[]? Names; }"),
            ("fixedLengthOfEnums", "[ArenaStruct] public partial struct Self { [ArenaFixedLength(4)] public DayOfWeek[]? Days; }"),
            ("fixedLengthWithCount", "[ArenaStruct] public partial struct Self { [ArenaFixedLength(4), ArenaCount(\"N\")] public int[]? Items; }"),
            ("inlineArray", "[System.Runtime.CompilerServices.InlineArray(4)] public struct Buf { private float _e; }\n    [ArenaStruct] public partial struct Self { public Buf Values; public int X; }"),
            ("readonlyFields", "[ArenaStruct] public readonly partial struct Self { public readonly int X; public readonly string? Name; public readonly uint Count; [ArenaCount(\"Count\")] public readonly int[]? Items; }"),
        };
        foreach ((string name, string declaration) in shapes)
        {
            string type = name switch { "generic" => "Self<int>", "nestedInClass" => "Holder.Self", "nestedInGeneric" => "Holder<int>.Self", _ => "Self" };
            string members = $"[ArenaMarshal({Lib})]\npublic static partial int Method({type} value, {type}[] array);";
            add("Shape", name, InTest(members, "\n    " + declaration));
            // The way back: the same shapes returned, received with 'out' and changed with 'ref'.
            string readBack = $"[ArenaMarshal({Lib})]\npublic static partial {type} Make();\n[ArenaMarshal({Lib})]\npublic static partial {type}? Find(int i);\n"
                + $"[ArenaMarshal({Lib})]\npublic static partial int Fill(out {type} filled, ref {type} changed);";
            add("ShapeReadBack", name, InTest(readBack, "\n    " + declaration));
        }
        add("ShapeReadBack", "outAttribute", InTest($"[ArenaMarshal({Lib})]\npublic static partial int Fill([Out] out Self filled, [In, Out] ref Self changed, [Out] Self copy);",
            "\n    [ArenaStruct] public partial struct Self { public int X; public string? Name; }"));
    }

    /// <summary>Pointer types with and without an unsafe context (LibraryImport's UnsafeContext snippet).</summary>
    private static void UnsafeContexts(Adder add)
    {
        foreach (TypeArg t in Types.Where(t => t.Unsafe))
        {
            add("UnsafeContext", "none," + t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static partial {t.Code} Method({t.Code} p);", Decls(t)));
            add("UnsafeContext", "class," + t.Code, $"    unsafe partial class Test\n    {{\n        [ArenaMarshal({Lib})]\n        public static partial {t.Code} Method({t.Code} p);\n    }}" + Decls(t));
        }
    }

    /// <summary>Declarations in a file-scoped namespace and in the global namespace (LibraryImport's NestedNamespace snippet and its opposite).</summary>
    private static void Layouts(Adder add)
    {
        string[] members =
        {
            $"[ArenaMarshal({Lib})] public static partial int Method(int p, string s, int[] a);",
            $"[ArenaMarshal({Lib}, SetLastError = true)] public static partial string? Method([ArenaCountParameter(2)] ReadOnlySpan<byte> data, in long p);",
            $"[ArenaMarshal({Lib})] public static partial void Method<T>(T p);",
            $"[ArenaMarshal({Lib})] public static partial int Method(ref string p);",
            $"[ArenaMarshal({Lib})] public static partial int Method(Shape§ s, Shape§[] many);",
        };
        string shape = "[ArenaStruct] public partial struct Shape§ { public int Id; public string? Name; }";
        for (int i = 0; i < members.Length; i++)
        {
            add("Layout", "fileScoped," + i, "partial class Test\n{\n    " + members[i] + "\n}\n" + shape + "\npartial class Outer { partial struct Inner { " + members[i].Replace("Method", "Nested") + " } }",
                layout: CorpusLayout.FileScoped);
            add("Layout", "global," + i, "partial class Test§\n{\n    " + members[i] + "\n}\n" + shape + "\npartial class Outer§ { partial struct Inner { " + members[i].Replace("Method", "Nested") + " } }",
                layout: CorpusLayout.Global);
        }
        add("Layout", "globalShapeOnly", "[ArenaStruct] public partial struct Lone§ { public int Id; public string[]? Names; public Lone§? Next; }", layout: CorpusLayout.Global);
        add("Layout", "globalNotPartialShape", "[ArenaStruct] public struct Lone§ { public int Id; }\npartial class Test§ { [ArenaMarshal(" + Lib + ")] public static partial int Method(Lone§ p); }", layout: CorpusLayout.Global);
    }

    /// <summary>Cases that need their own compilation options.</summary>
    private static void Groups(Adder add)
    {
        foreach (TypeArg t in Types_("int", "string", "int[]", "Shape", "int*", "bool", "Span<int>", "HandlePublic", "char", "Plain", "WithBool", "Generic<int>"))
        {
            add("NoUnsafe", t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static partial {t.Code} Method({t.Code} p, in {t.Code} pIn);", Decls(t)), CorpusGroup.UnsafeNotAllowed);
            add("DisableRuntimeMarshalling", t.Code, InTest($"[ArenaMarshal({Lib})]\npublic static {Unsafe(t)}partial {t.Code} Method({t.Code} p, in {t.Code} pIn, ref {t.Code} pRef, out {t.Code} pOut);", Decls(t)),
                CorpusGroup.RuntimeMarshallingDisabled);
        }
        add("NoUnsafe", "shapeOnly", "    [ArenaStruct] public partial struct Lonely { public int X; public string? S; }", CorpusGroup.UnsafeNotAllowed);
    }
}
