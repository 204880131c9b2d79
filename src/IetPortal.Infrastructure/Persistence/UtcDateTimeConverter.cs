using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IetPortal.Infrastructure.Persistence;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC and reads it back marked as UTC, so the three providers agree
/// (SQLite keeps no kind; PostgreSQL's timestamptz insists on UTC).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
