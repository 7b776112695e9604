using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Berdaya.Data;

/// <summary>
/// Records every create, change and delete in the same transaction as the change itself
/// (who, when, which record, what changed). Personal data and secrets are masked.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Content", "Xml", "Version",
    };

    private static readonly HashSet<string> Personal = new(StringComparer.Ordinal) { "Nik", "Phone", "PhoneNumber" };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var user = http.HttpContext?.User;
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var userName = user?.Identity?.Name ?? "system";
        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // Search words are derived from the partner's audited names; recording them would only repeat those.
            .Where(e => e.Entity is not AuditEntry and not DataProtectionKey and not PartnerSearchWord and not INotAudited and not IdempotencyRecord)
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            context.Add(new AuditEntry
            {
                At = now,
                UserId = userId,
                UserName = userName,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State.ToString(),
                Changes = changes.Count == 0 ? null : JsonSerializer.Serialize(changes),
            });
        }
    }

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var result = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey() && entry.State != EntityState.Added)
            {
                continue;
            }

            var changed = entry.State switch
            {
                EntityState.Added => p.CurrentValue is not null,
                EntityState.Deleted => p.OriginalValue is not null,
                _ => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue),
            };
            if (!changed)
            {
                continue;
            }

            var name = p.Metadata.Name;
            var old = entry.State == EntityState.Added ? null : p.OriginalValue;
            var now = entry.State == EntityState.Deleted ? null : p.CurrentValue;
            if (Secret.Contains(name))
            {
                if (name is "Version" or "ConcurrencyStamp")
                {
                    continue;
                }

                result[name] = ["•", "•"];
                continue;
            }

            if (Personal.Contains(name))
            {
                result[name] = [MaskValue(name, old), MaskValue(name, now)];
                continue;
            }

            result[name] = [Plain(old), Plain(now)];
        }

        return result;
    }

    private static object? MaskValue(string name, object? value) => value is string s
        ? (name == "Nik" ? Nik.Mask(s) : Phone.Mask(s))
        : value;

    private static object? Plain(object? value) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        byte[] b => $"{b.Length} bytes",
        _ => value,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }
}
