using Berdaya.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Berdaya.Data;

/// <summary>
/// Refuses a save whose text is longer than its column (docs/domain.md, Bounds on input). Each limit is
/// declared once, in the entity's configuration; this check reads it from the model, so a handler, a
/// page, the API and the demo all meet the same limit, named by field, before anything is written.
/// </summary>
public sealed class TextLimits : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var errors = new List<DomainException>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Check(entry, errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private static void Check(EntityEntry entry, List<DomainException> errors)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } max && text.Length > max
                && (entry.State == EntityState.Added || property.IsModified))
            {
                errors.Add(new DomainException("text.toolong", property.Metadata.Name, ErrorKind.Validation, max));
            }
        }
    }
}
