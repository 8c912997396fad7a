using System.Text;

namespace AmnestyArchive.Core.Extraction;

/// <summary>Why some bytes cannot be extracted from.</summary>
public enum ExtractionInputError
{
    None,
    Empty,
    Binary,
    InvalidUtf8,
    TooLarge,
}

/// <summary>Either the decoded text, or an error and a message a person can act on.</summary>
public sealed record ExtractionInputResult(string? Text, ExtractionInputError Error, string? Message)
{
    public bool IsSuccess => Error == ExtractionInputError.None;
}

/// <summary>Turns the bytes of an uploaded or imported file into text, refusing what is not a UTF-8 statement.</summary>
public static class ExtractionInput
{
    public const int MaxBytes = 2 * 1024 * 1024;

    // Strict: a statement with a wrong byte is refused rather than silently altered.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ExtractionInputResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Fail(ExtractionInputError.TooLarge, $"The file is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0} bytes (2 MiB).");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return Fail(ExtractionInputError.Binary, "The file contains NUL bytes; it looks like a binary file, not text.");
        }
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" near byte {e.Index}" : "";
            return Fail(ExtractionInputError.InvalidUtf8, $"The file is not valid UTF-8{at}. Save it as UTF-8 and try again.");
        }
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }
        if (controls > 0 && controls * 100 > text.Length)
        {
            return Fail(ExtractionInputError.Binary, "The file contains too many control characters; it looks like a binary file, not text.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(ExtractionInputError.Empty, "The file is empty or holds only whitespace.");
        }
        return new ExtractionInputResult(text, ExtractionInputError.None, null);
    }

    private static ExtractionInputResult Fail(ExtractionInputError error, string message) => new(null, error, message);
}
