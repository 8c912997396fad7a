using Serilog;

namespace AmnestyArchive.Web;

public static class ArchiveLoggingExtensions
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section, to the console, plus a daily rolling
    /// file when <c>Archive:LogFile</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddArchiveLogging(this WebApplicationBuilder builder)
    {
        var logFile = builder.Configuration["Archive:LogFile"];
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(logFile))
            {
                logger.WriteTo.File(logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }
}
