using Microsoft.CodeAnalysis;
using ParamArena.Generator.Analysis;
using ParamArena.Generator.Emit;
using ParamArena.Generator.Model;

namespace ParamArena.Generator;

/// <summary>
/// The ParamArena incremental generator: implements <c>[ArenaMarshal]</c> partial methods and emits the
/// <c>Native</c> twin and staging code of <c>[ArenaStruct]</c> shapes. The first step of each pipeline turns
/// symbols into small equatable models; nothing after it holds a symbol, syntax node or location.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArenaMarshalGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<StubModel?> stubModels = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeClassifier.ArenaMarshalAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                StubModelBuilder.Build)
            .WithTrackingName(TrackingNames.StubModels);
        IncrementalValuesProvider<StubModel> stubs = stubModels
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.SupportedStubs);
        context.RegisterSourceOutput(stubs, static (output, stub) => output.AddSource(stub.HintName, StubEmitter.Emit(stub)));

        IncrementalValuesProvider<ShapeModel?> shapeModels = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeClassifier.ArenaStructAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.StructDeclarationSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax,
                ShapeModelBuilder.Build)
            .WithTrackingName(TrackingNames.ShapeModels);
        IncrementalValuesProvider<ShapeModel> shapes = shapeModels
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.SupportedShapes);
        context.RegisterSourceOutput(shapes, static (output, shape) => output.AddSource(shape.HintName, ShapeEmitter.Emit(shape)));
    }
}
