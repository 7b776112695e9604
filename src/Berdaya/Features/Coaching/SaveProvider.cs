using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>Adds or edits a training provider (docs/domain.md, Coaching: trainings); a partner provider names a partner of the program.</summary>
[FeatureService]
public sealed class SaveProvider(AppDbContext db, CoachingAccess access)
{
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public ProviderKind? Kind { get; set; }
        public string? Name { get; set; }
        public string? Contact { get; set; }
        public string? Teaches { get; set; }
        public Guid? PartnerId { get; set; }
    }

    public async Task<TrainingProvider> AddAsync(Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var program = await access.ProgramAsync(c.ProgramId, ct);
        await CheckAsync(program, c, ct);
        var provider = new TrainingProvider(program, c.Kind!.Value, c.Name!, c.Contact, c.Teaches, c.PartnerId);
        db.TrainingProviders.Add(provider);
        await db.SaveChangesAsync(ct);
        return provider;
    }

    public async Task<TrainingProvider> UpdateAsync(Guid id, Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var provider = await db.TrainingProviders.FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new DomainException("training.provider.notfound", "Id", ErrorKind.NotFound);
        await access.User.RequireProgramAsync(provider.ProgramId, ct);
        await CheckAsync(provider.ProgramId, c, ct);
        provider.Update(c.Kind!.Value, c.Name!, c.Contact, c.Teaches, c.PartnerId);
        await db.SaveChangesAsync(ct);
        return provider;
    }

    private async Task CheckAsync(Guid program, Command c, CancellationToken ct)
    {
        var errors = TrainingProvider.Problems(c.Kind ?? 0, c.Name, c.PartnerId);
        if (c.PartnerId is { } partner && errors.All(e => e.Field != "PartnerId")
            && !await (await access.User.PartnersAsync(ct)).AnyAsync(p => p.Id == partner && p.ProgramId == program, ct))
        {
            errors.Add(new DomainException("training.provider.partner.notfound", "PartnerId"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
