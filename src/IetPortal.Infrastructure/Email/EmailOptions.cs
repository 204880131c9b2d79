using System.ComponentModel.DataAnnotations;

namespace IetPortal.Infrastructure.Email;

public enum EmailDeliveryMode
{
    /// <summary>Writes each message as an .eml file into a folder (the Development default).</summary>
    Pickup,

    /// <summary>Sends through an SMTP server with MailKit.</summary>
    Smtp,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailDeliveryMode Mode { get; set; } = EmailDeliveryMode.Pickup;

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@ietportal.invalid";

    [Required]
    public string FromName { get; set; } = "IetPortal";

    /// <summary>Folder for <see cref="EmailDeliveryMode.Pickup"/> (relative paths are under the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string SmtpSecurity { get; set; } = "StartTls";

    public string? SmtpUserName { get; set; }

    /// <summary>Supplied by environment or a secret store, never committed.</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>The public address of the site, used to build links in messages.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Whether this node runs the outbox dispatcher in the background (tests turn it off and dispatch explicitly).</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>Seconds between outbox dispatch passes.</summary>
    [Range(1, 3600)]
    public int DispatchIntervalSeconds { get; set; } = 10;

    /// <summary>Delivery attempts per message before the dispatcher gives up and leaves it unsent for operators.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;
}
