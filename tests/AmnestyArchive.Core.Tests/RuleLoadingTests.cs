using System.Reflection;
using AmnestyArchive.Core.Extraction;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Tests;

/// <summary>
/// A token carries the id its word had in the lexicon when the text was tokenised. A class whose
/// static word sets register their words later would miss them in the first statement a process
/// extracts (the <c>extract</c> verb extracts only one), so every such class must be loaded first.
/// </summary>
public sealed class RuleLoadingTests
{
    [Fact]
    public void EveryClassWithWordSets_IsLoadedBeforeTheFirstTextIsTokenised()
    {
        var withWordSets = typeof(StatementExtractor).Assembly.GetTypes()
            .Where(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Any(f => f.FieldType == typeof(WordSet)))
            .ToList();
        Assert.NotEmpty(withWordSets);
        var loaded = StatementExtractor.RuleClasses;
        foreach (var type in withWordSets)
        {
            Assert.True(loaded.Contains(type), $"{type.Name} holds word sets but is not among the rule classes loaded before tokenising");
        }
    }
}
