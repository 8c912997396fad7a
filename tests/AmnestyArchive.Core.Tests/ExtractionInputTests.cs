using System.Text;
using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Core.Tests;

public sealed class ExtractionInputTests
{
    [Fact]
    public void Decode_ReturnsText_WhenBytesAreUtf8()
    {
        var result = ExtractionInput.Decode(Encoding.UTF8.GetBytes("Agnès said: “No.”\n"));
        Assert.True(result.IsSuccess);
        Assert.Equal("Agnès said: “No.”\n", result.Text);
    }

    [Fact]
    public void Decode_StripsByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Text")).ToArray();
        var result = ExtractionInput.Decode(bytes);
        Assert.Equal("Text", result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n")]
    public void Decode_RefusesEmptyOrWhitespace(string text)
    {
        var result = ExtractionInput.Decode(Encoding.UTF8.GetBytes(text));
        Assert.False(result.IsSuccess);
        Assert.Equal(ExtractionInputError.Empty, result.Error);
        Assert.Null(result.Text);
        Assert.False(string.IsNullOrEmpty(result.Message));
    }

    [Fact]
    public void Decode_RefusesBomOnly()
    {
        Assert.Equal(ExtractionInputError.Empty, ExtractionInput.Decode([0xEF, 0xBB, 0xBF]).Error);
    }

    [Fact]
    public void Decode_RefusesNulBytes()
    {
        var result = ExtractionInput.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);
        Assert.Equal(ExtractionInputError.Binary, result.Error);
        Assert.Contains("binary", result.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Decode_RefusesTooManyControlCharacters()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x07 : 0x41)).ToArray();
        Assert.Equal(ExtractionInputError.Binary, ExtractionInput.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_AcceptsAStrayControlCharacterInLongText()
    {
        var text = new string('a', 500) + "\u0007" + new string('b', 500);
        Assert.True(ExtractionInput.Decode(Encoding.UTF8.GetBytes(text)).IsSuccess);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 })]
    [InlineData(new byte[] { 0x41, 0xFF, 0x42 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Decode_RefusesInvalidUtf8(byte[] bytes)
    {
        var result = ExtractionInput.Decode(bytes);
        Assert.Equal(ExtractionInputError.InvalidUtf8, result.Error);
        Assert.Contains("UTF-8", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RefusesOversizeInput()
    {
        var bytes = new byte[ExtractionInput.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');
        var result = ExtractionInput.Decode(bytes);
        Assert.Equal(ExtractionInputError.TooLarge, result.Error);
    }

    [Fact]
    public void Decode_AcceptsInputAtTheLimit()
    {
        var bytes = new byte[ExtractionInput.MaxBytes];
        Array.Fill(bytes, (byte)'a');
        Assert.True(ExtractionInput.Decode(bytes).IsSuccess);
    }
}
