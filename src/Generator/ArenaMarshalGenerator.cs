using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Generator.Emit;
using ParamArena.Marshalling;

namespace ParamArena.Generator;

/// <summary>
/// The ParamArena incremental generator: implements <c>[ArenaMarshal]</c> partial methods and emits the
/// <c>Native</c> twin and staging code of <c>[ArenaStruct]</c> shapes, and the trampolines of <c>[ArenaCallback]</c> methods. The first step of each pipeline turns
/// symbols into small equatable models that carry their diagnostics; nothing after it holds a symbol or syntax node.
/// The generator reports its refusals itself, so a plain <c>dotnet build</c> shows them even when the compiler has
/// errors of its own (which hide every analyzer's).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArenaMarshalGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<Built<StubModel>> stubs = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.ArenaMarshalAttribute, static (node, _) => StubBuilder.IsMethodLike(node), StubBuilder.Build)
            .WithTrackingName(TrackingNames.StubModels);
        context.RegisterSourceOutput(stubs, static (output, stub) =>
        {
            if (stub.Model is not null) Add(output, stub.Model.HintName, () => StubEmitter.Emit(stub.Model));
            else if (stub.Fallback is not null) Add(output, stub.Fallback.HintName, () => FallbackEmitter.Emit(stub.Fallback));
        });

        IncrementalValuesProvider<Built<ShapeModel>> shapes = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.ArenaStructAttribute, static (node, _) => node is StructDeclarationSyntax or RecordDeclarationSyntax, ShapeBuilder.Build)
            .WithTrackingName(TrackingNames.ShapeModels);
        context.RegisterSourceOutput(shapes, static (output, shape) =>
        {
            if (shape.Model is not null) Add(output, shape.Model.HintName, () => ShapeEmitter.Emit(shape.Model));
        });

        IncrementalValuesProvider<Built<TableModel>> tables = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.ArenaFunctionTableAttribute, static (node, _) => node is ClassDeclarationSyntax, TableBuilder.Build)
            .WithTrackingName(TrackingNames.TableModels);
        context.RegisterSourceOutput(tables, static (output, table) =>
        {
            if (table.Model is not null) Add(output, table.Model.HintName, () => TableEmitter.Emit(table.Model));
        });

        IncrementalValuesProvider<Built<CallbackModel>> callbacks = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.ArenaCallbackAttribute, static (node, _) => StubBuilder.IsMethodLike(node), CallbackBuilder.Build)
            .WithTrackingName(TrackingNames.CallbackModels);
        context.RegisterSourceOutput(callbacks, static (output, callback) =>
        {
            if (callback.Model is not null) Add(output, callback.Model.HintName, () => CallbackEmitter.Emit(callback.Model));
        });

        // Diagnostics are reported against the current compilation's trees, so pragmas, severities and code fixes apply.
        IncrementalValueProvider<ImmutableArray<DiagnosticInfo>> diagnostics = stubs.SelectMany(static (s, _) => s.Diagnostics)
            .Collect()
            .Combine(shapes.SelectMany(static (s, _) => s.Diagnostics).Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
            .Combine(tables.SelectMany(static (t, _) => t.Diagnostics).Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
            .Combine(callbacks.SelectMany(static (c, _) => c.Diagnostics).Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics.Combine(context.CompilationProvider), static (output, pair) =>
        {
            foreach (DiagnosticInfo diagnostic in pair.Left) output.ReportDiagnostic(diagnostic.ToDiagnostic(pair.Right));
        });
    }

    private static void Add(SourceProductionContext output, string hintName, Func<string> emit)
    {
        string text;
        try
        {
            text = emit();
        }
        catch (Exception) when (!output.CancellationToken.IsCancellationRequested)
        {
            // A model the emitter cannot write loses its own file, never the rest of the output.
            return;
        }
        output.AddSource(hintName, text);
    }
}
