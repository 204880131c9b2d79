using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IetPortal.Infrastructure.Email;

/// <summary>Development delivery: each message becomes an .eml file that any mail client opens.</summary>
public sealed partial class PickupDirectoryEmailDelivery(
    IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<PickupDirectoryEmailDelivery> logger) : IEmailDelivery
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var fileName = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, fileName);
        using var mime = MimeMessageFactory.Create(options.Value, message);
        await mime.WriteToAsync(path, cancellationToken);
        LogWritten(logger, fileName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email written to pickup folder as {FileName}")]
    private static partial void LogWritten(ILogger logger, string fileName);
}
