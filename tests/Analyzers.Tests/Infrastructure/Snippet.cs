namespace ParamArena.Analyzers.Tests.Infrastructure;

/// <summary>Wraps test members in a file with the usual usings and a small native API to call.</summary>
internal static class Snippet
{
    /// <summary>Puts <paramref name="members"/> inside <c>static unsafe partial class Code</c>, next to a <c>Native</c> class of P/Invokes.</summary>
    public static string Wrap(string members) => Header + "static unsafe partial class Code\n{\n" + members + "\n}\n" + NativeApi;

    /// <summary>Places <paramref name="code"/> (whole type declarations) after the usual usings, with the <c>Native</c> class.</summary>
    public static string File(string code) => Header + code + "\n" + NativeApi;

    public const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using System.Threading.Tasks;
        using ParamArena;

        """;

    private const string NativeApi = """

        static unsafe partial class Native
        {
            [DllImport("native")] public static extern void Use(byte* p);
            [DllImport("native")] public static extern void UseHandle(nint p);
            [DllImport("native")] public static extern int Length(byte* p);
            [DllImport("native")] public static extern void Copy(byte* destination, byte* source, nuint size);
            [DllImport("native")] public static extern int Sum(int* values, int count);
        }
        """;
}
