using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>Puts a session on a program's training calendar (docs/domain.md, Coaching: trainings).</summary>
[FeatureService]
public sealed class PlanSession(AppDbContext db, CoachingAccess access, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>How far ahead a session may be planned: the program plans by quarter, a few quarters ahead.</summary>
    public const int MaxYearsAhead = 2;

    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public Guid? TopicId { get; set; }
        public Guid? ProviderId { get; set; }
        public DateOnly? HeldOn { get; set; }
        public string? Place { get; set; }

        /// <summary>The village it is held in, if any (a facilitator plans in their own villages).</summary>
        public string? VillageCode { get; set; }

        public decimal? Cost { get; set; }
        public int? Capacity { get; set; }
    }

    public async Task<TrainingSession> HandleAsync(Command c, CancellationToken ct = default)
    {
        access.RequirePlanner();
        var program = await access.ProgramAsync(c.ProgramId, ct);
        var errors = new List<DomainException>();
        if (c.TopicId is not { } topic || !await db.TrainingTopics.AnyAsync(t => t.Id == topic && t.ProgramId == program, ct))
        {
            errors.Add(new DomainException("training.topic.required", "TopicId"));
        }

        if (c.ProviderId is not { } provider || !await db.TrainingProviders.AnyAsync(t => t.Id == provider && t.ProgramId == program, ct))
        {
            errors.Add(new DomainException("training.provider.required", "ProviderId"));
        }

        var today = clock.Today();
        if (c.HeldOn is not { } on)
        {
            errors.Add(new DomainException("field.required", "HeldOn"));
        }
        else if (on < BusinessCalendar.Earliest || on > today.AddYears(MaxYearsAhead))
        {
            errors.Add(new DomainException("training.date.window", "HeldOn", ErrorKind.Validation, BusinessCalendar.Earliest, today.AddYears(MaxYearsAhead)));
        }

        var village = string.IsNullOrWhiteSpace(c.VillageCode) ? null : c.VillageCode.Trim();
        if (village is null && access.User.IsFacilitator && !access.User.IsOfficer && !access.User.IsAdmin)
        {
            errors.Add(new DomainException("training.village.required", "VillageCode"));
        }
        else if (village is not null)
        {
            try
            {
                await regions.RequireVillageAsync(village, "VillageCode", ct);
                await access.User.RequireVillageAsync(village, "VillageCode", ct);
            }
            catch (DomainException e)
            {
                errors.Add(e);
            }
        }

        TrainingSession.Check(c.Place, c.Cost ?? -1, c.Capacity ?? 0, errors);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var session = new TrainingSession(program, c.TopicId!.Value, c.ProviderId!.Value, c.HeldOn!.Value, c.Place!, village, c.Cost!.Value, c.Capacity!.Value,
            clock.GetUtcNow());
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }
}
