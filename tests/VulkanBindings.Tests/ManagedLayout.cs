using System;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace VulkanBindings.Tests;

/// <summary>The layout .NET gives a struct: <c>Unsafe.SizeOf</c>, and each field's offset from <c>ldflda</c> on a local.</summary>
internal static class ManagedLayout
{
    public static int SizeOf(Type type) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;

    /// <summary>
    /// The field's real offset in the managed struct (what native code sees through a pointer). Marshal.OffsetOf
    /// answers for the marshalled layout, which is not asked about here.
    /// </summary>
    public static int OffsetOf(FieldInfo field)
    {
        Type type = field.DeclaringType!;
        DynamicMethod method = new("OffsetOf_" + field.Name, typeof(int), Type.EmptyTypes, typeof(ManagedLayout).Module, skipVisibility: true);
        ILGenerator il = method.GetILGenerator();
        LocalBuilder local = il.DeclareLocal(type);
        il.Emit(OpCodes.Ldloca, local);
        il.Emit(OpCodes.Ldflda, field);
        il.Emit(OpCodes.Ldloca, local);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Conv_I4);
        il.Emit(OpCodes.Ret);
        return ((Func<int>)method.CreateDelegate(typeof(Func<int>)))();
    }
}
