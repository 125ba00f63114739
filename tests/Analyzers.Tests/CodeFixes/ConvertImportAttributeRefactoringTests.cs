using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ParamArena.Analyzers.Tests.Infrastructure;
using ParamArena.CodeFixes;
using Xunit;

namespace ParamArena.Analyzers.Tests.CodeFixes;

/// <summary>The on-request conversion in both directions, applied through a real workspace.</summary>
public sealed class ConvertImportAttributeRefactoringTests
{
    [Fact]
    public async Task ArenaMarshalBecomesLibraryImportWithItsArgumentsAndEncoding()
    {
        string result = await ApplyAsync("""
            using ParamArena;

            static partial class Api
            {
                [ArenaMarshal("libc", EntryPoint = "puts", SetLastError = true)]
                public static partial int Print(string text);
            }
            """, "Print", "Convert to [LibraryImport]");
        Assert.Equal("""
            using ParamArena;
            using System.Runtime.InteropServices;

            static partial class Api
            {
                [LibraryImport("libc", EntryPoint = "puts", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
                public static partial int Print(string text);
            }
            """, result);
    }

    [Fact]
    public async Task LibraryImportBecomesArenaMarshalWithoutASuggestion()
    {
        string result = await ApplyAsync("""
            using System.Runtime.InteropServices;

            static unsafe partial class Z
            {
                [LibraryImport("z", EntryPoint = "crc32")]
                public static partial nuint Crc32(nuint crc, byte* buffer, uint length);
            }
            """, "Crc32", "Convert to [ArenaMarshal]");
        Assert.Equal("""
            using System.Runtime.InteropServices;
            using ParamArena;

            static unsafe partial class Z
            {
                [ArenaMarshal("z", EntryPoint = "crc32")]
                public static partial nuint Crc32(nuint crc, byte* buffer, uint length);
            }
            """, result);
    }

    [Fact]
    public async Task AMethodWithBothAttributesOffersNoConversion()
        => Assert.Empty(await ActionsAsync("""
            using System.Runtime.InteropServices;
            using ParamArena;

            static partial class Api
            {
                [LibraryImport("libc")]
                [ArenaMarshal("libc")]
                public static partial int Print(string text);
            }
            """, "Print"));

    private static async Task<string> ApplyAsync(string source, string at, string title)
    {
        (Document document, List<CodeAction> actions) = await CollectAsync(source, at);
        CodeAction action = Assert.Single(actions, candidate => candidate.Title == title);
        ApplyChangesOperation apply = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        SourceText text = await apply.ChangedSolution.GetDocument(document.Id)!.GetTextAsync();
        return text.ToString();
    }

    private static async Task<List<CodeAction>> ActionsAsync(string source, string at) => (await CollectAsync(source, at)).Actions;

    private static async Task<(Document Document, List<CodeAction> Actions)> CollectAsync(string source, string at)
    {
        var workspace = new AdhocWorkspace();
        ProjectInfo project = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "Refactoring", "Refactoring", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true),
            parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
            metadataReferences: TestReferences.All);
        Document document = workspace.AddProject(project).AddDocument("Api.cs", SourceText.From(source));
        var actions = new List<CodeAction>();
        var context = new CodeRefactoringContext(document, new TextSpan(source.IndexOf(at, System.StringComparison.Ordinal), at.Length), actions.Add, CancellationToken.None);
        await new ConvertImportAttributeRefactoring().ComputeRefactoringsAsync(context);
        return (document, actions);
    }
}
