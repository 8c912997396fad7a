using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Core.Tests;

public sealed class RegistryTests
{
    [Fact]
    public void InstrumentRegistry_HoldsAtLeastSixtyDistinctInstruments()
    {
        var all = InstrumentRegistry.Default.Instruments;
        Assert.True(all.Count >= 60, $"only {all.Count} instruments");
        Assert.Equal(all.Count, all.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var i in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(i.NameEn), i.Id);
            Assert.False(string.IsNullOrWhiteSpace(i.NameEs), i.Id);
            Assert.Contains(i.Type, new[] { "treaty", "resolution", "general comment", "statute", "declaration", "national law", "judgment" });
            Assert.InRange(i.Year, 1800, 2100);
        }
    }

    [Theory]
    [InlineData("Jakarta", "ID")]
    [InlineData("Yakarta", "ID")]
    [InlineData("Moscú", "RU")]
    [InlineData("Washington", "US")]
    [InlineData("Addis Ababa", "ET")]
    public void ActorRegistry_KnowsTheStateACapitalStandsFor(string city, string code)
    {
        Assert.Equal(code, ActorRegistry.Default.StateOfCapital(city));
        Assert.Null(ActorRegistry.Default.StateOfCapital("Chhattisgarh"));
    }

    [Fact]
    public void InstrumentRegistry_SetsOfPrinciplesAndRules_AnswerToTheirWord()
    {
        // "principio 1", "Rule 24": a bare provision of principles or rules points back to the set just cited by that word.
        foreach (var i in InstrumentRegistry.Default.Instruments)
        {
            foreach (var (en, es) in new[] { ("Principles", "Principios"), ("Rules", "Reglas") })
            {
                if (i.NameEn.Contains(en, StringComparison.Ordinal) && i.Type is "declaration" or "resolution")
                {
                    Assert.True(i.BackReferences.Contains(en) && i.BackReferences.Contains(es), $"{i.Id} does not answer to '{en}' and '{es}'");
                }
            }
        }
    }

    [Theory]
    [InlineData("un-charter")]
    [InlineData("udhr")]
    [InlineData("iccpr")]
    [InlineData("icescr")]
    [InlineData("cat")]
    [InlineData("ced")]
    [InlineData("cedaw")]
    [InlineData("crc")]
    [InlineData("crpd")]
    [InlineData("icerd")]
    [InlineData("refugee-convention")]
    [InlineData("gc-iv")]
    [InlineData("ap-i")]
    [InlineData("rome-statute")]
    [InlineData("genocide-convention")]
    [InlineData("achr")]
    [InlineData("echr")]
    [InlineData("achpr")]
    [InlineData("belem-do-para")]
    [InlineData("friendly-relations-declaration")]
    [InlineData("definition-of-aggression")]
    [InlineData("basic-principles-force-firearms")]
    [InlineData("mandela-rules")]
    [InlineData("declaration-hrd")]
    public void InstrumentRegistry_HasTheCoreInstruments(string id)
    {
        Assert.NotNull(InstrumentRegistry.Default.Find(id));
    }

    [Fact]
    public void ActorRegistry_HasStatesWithIsoCodesAndTheirAuthorities()
    {
        var registry = ActorRegistry.Default;
        Assert.Equal(registry.Actors.Count, registry.Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        var states = registry.Actors.Where(a => a.Kind == "state").ToList();
        Assert.True(states.Count >= 100);
        Assert.All(states, s => Assert.Matches("^[A-Z]{2}$", s.CountryCode));
        Assert.Equal("Venezuelan authorities", registry.AuthoritiesOf("VE")?.NameEn);
        Assert.Contains(registry.AuthoritiesOf("VE")!.Aliases, a => a.Equals("Authorities in Venezuela", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("EEUU", registry.Find("us")!.Aliases);
    }
}
