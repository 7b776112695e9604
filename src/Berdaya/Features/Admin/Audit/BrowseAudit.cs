using System.Text.Json;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Audit;

/// <summary>
/// The audit trail that administrators browse (who, when, which record, what changed; decision 0006),
/// newest first, filtered by record, user, action and date.
/// </summary>
[FeatureService]
public sealed class BrowseAudit(AppDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static readonly string[] Actions = ["Added", "Modified", "Deleted", "ReadNik"];

    /// <summary>
    /// The app's time zone for date filters: dates are shown in WIB (UTC+7). Bounds are compared in UTC,
    /// as the entries are stored, because SQLite compares the stored value, not the instant.
    /// </summary>
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public sealed record Query(string? EntityType, string? EntityId, string? User, string? Action, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = DefaultPageSize);

    public async Task<AuditPage> HandleAsync(Query q, CancellationToken ct = default)
    {
        var errors = new List<DomainException>();
        if (!string.IsNullOrWhiteSpace(q.Action) && !Actions.Contains(q.Action.Trim(), StringComparer.Ordinal))
        {
            errors.Add(new DomainException("admin.audit.action.unknown", "Action", ErrorKind.Validation, string.Join(", ", Actions)));
        }

        if (q.From is { } f && q.To is { } t && t < f)
        {
            errors.Add(new DomainException("admin.audit.range", "To"));
        }

        if (q.Page < 1)
        {
            errors.Add(new DomainException("admin.audit.page", "Page"));
        }

        if (q.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new DomainException("admin.audit.pagesize", "PageSize", ErrorKind.Validation, MaxPageSize));
        }

        RuleErrors.Throw(errors);

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.EntityType))
        {
            var type = q.EntityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(q.EntityId))
        {
            var id = q.EntityId.Trim();
            query = query.Where(a => a.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(q.User))
        {
            var pattern = "%" + q.User.Trim().ToUpperInvariant() + "%";
#pragma warning disable CA1304, CA1311 // Translated to the database's UPPER: no .NET culture applies.
            query = query.Where(a => a.UserName != null && EF.Functions.Like(a.UserName.ToUpper(), pattern));
#pragma warning restore CA1304, CA1311
        }

        if (!string.IsNullOrWhiteSpace(q.Action))
        {
            var action = q.Action.Trim();
            query = query.Where(a => a.Action == action);
        }

        if (q.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Wib).ToUniversalTime();
            query = query.Where(a => a.At >= start);
        }

        if (q.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Wib).ToUniversalTime();
            query = query.Where(a => a.At < end);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .ToListAsync(ct);
        return new AuditPage(q.Page, q.PageSize, total, rows.Select(AuditRow.From).ToList());
    }

    public async Task<List<string>> EntityTypesAsync(CancellationToken ct = default) =>
        await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
}

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditRow> Items)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record AuditRow(Guid Id, DateTimeOffset At, string? UserId, string? UserName, string EntityType, string EntityId, string Action, IReadOnlyList<AuditChange> Changes)
{
    public static AuditRow From(AuditEntry e) => new(e.Id, e.At, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, Parse(e.Changes));

    /// <summary>The stored JSON object (property → [old, new]) as a list; an unreadable one is shown whole.</summary>
    public static List<AuditChange> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new AuditChange("", null, json)];
            }

            return doc.RootElement.EnumerateObject()
                .Select(p => p.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
                    ? new AuditChange(p.Name, Text(pair[0]), Text(pair[1]))
                    : new AuditChange(p.Name, null, Text(p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            return [new AuditChange("", null, json)];
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}

public sealed record AuditChange(string Property, string? Old, string? New);
