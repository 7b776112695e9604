using Berdaya.Data;
using Berdaya.Domain.Exhibitions;
using Berdaya.Web;

namespace Berdaya.Features.Exhibitions;

/// <summary>Plans an exhibition of a program (docs/domain.md, Exhibitions): every broken rule of the form at once.</summary>
[FeatureService]
public sealed class PlanExhibition(AppDbContext db, ExhibitionAccess access)
{
    public sealed record Command
    {
        public Guid ProgramId { get; set; }
        public string? Name { get; set; }
        public ExhibitionCategory? Category { get; set; }
        public string? Organiser { get; set; }
        public string? Place { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
        public int? Places { get; set; }
        public decimal? Cost { get; set; }

        /// <summary>The on-time window in months (default 12).</summary>
        public int? Months { get; set; }
    }

    public async Task<Exhibition> HandleAsync(Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var programId = c.ProgramId == Guid.Empty ? await access.User.DefaultProgramAsync(ct) ?? Guid.Empty : c.ProgramId;
        await access.User.RequireProgramAsync(programId, ct);
        var exhibition = Exhibition.Create(programId, c.Name, c.Category, c.Organiser, c.Place, c.StartsOn, c.EndsOn, c.Places, c.Cost, c.Months,
            access.User.RequiredId, access.Now);
        db.Exhibitions.Add(exhibition);
        await db.SaveChangesAsync(ct);
        return exhibition;
    }
}
