using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>Adds a topic to a program's training catalogue or edits one (docs/domain.md, Coaching: trainings).</summary>
[FeatureService]
public sealed class SaveTopic(AppDbContext db, CoachingAccess access)
{
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public string? Code { get; set; }
        public string? Name { get; set; }
        public NeedKind? Need { get; set; }
        public string? Evidence { get; set; }
        public int? AdoptionWeeks { get; set; } = TrainingTopic.DefaultAdoptionWeeks;
    }

    public async Task<TrainingTopic> AddAsync(Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var program = await access.ProgramAsync(c.ProgramId, ct);
        var errors = TrainingTopic.Problems(c.Code, c.Name, c.Need ?? 0, c.AdoptionWeeks ?? 0);
        var code = (c.Code ?? "").Trim().ToLowerInvariant();
        if (errors.All(e => e.Field != "Code") && await db.TrainingTopics.AnyAsync(t => t.ProgramId == program && t.Code == code, ct))
        {
            errors.Add(new DomainException("training.topic.code.taken", "Code", ErrorKind.Conflict));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var topic = new TrainingTopic(program, code, c.Name!, c.Need!.Value, c.Evidence, c.AdoptionWeeks!.Value);
        db.TrainingTopics.Add(topic);
        await db.SaveChangesAsync(ct);
        return topic;
    }

    /// <summary>Name, need, evidence and weeks; the code stays (other rules look it up, such as food safety for a PIRT).</summary>
    public async Task<TrainingTopic> UpdateAsync(Guid id, Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var topic = await db.TrainingTopics.FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new DomainException("training.topic.notfound", "Id", ErrorKind.NotFound);
        await access.User.RequireProgramAsync(topic.ProgramId, ct);
        topic.Update(c.Name ?? "", c.Need ?? 0, c.Evidence, c.AdoptionWeeks ?? 0);
        await db.SaveChangesAsync(ct);
        return topic;
    }
}
