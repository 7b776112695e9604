using Berdaya.Data;
using Berdaya.Domain.Coaching;

namespace Berdaya.Features.Coaching;

/// <summary>
/// Who holds the food-safety certificate a PIRT needs through a training (docs/domain.md, Coaching: trainings): the
/// partners who attended a held session of the topic coded <see cref="TrainingTopic.FoodSafetyCode"/>.
/// </summary>
public static class FoodSafety
{
    public static IQueryable<Guid> TrainedPartners(AppDbContext db) =>
        from p in db.SessionParticipants
        join s in db.TrainingSessions on p.SessionId equals s.Id
        join t in db.TrainingTopics on s.TopicId equals t.Id
        where s.IsHeld && p.Attendance == AttendanceState.Attended && t.Code == TrainingTopic.FoodSafetyCode
        select p.PartnerId;
}
